/** Package of attest-crossdoc. */
package org.attest.crossdoc;
