/** Package of attest-nlp. */
package org.attest.nlp;
