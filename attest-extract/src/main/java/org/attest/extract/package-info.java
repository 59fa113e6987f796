/** Package of attest-extract. */
package org.attest.extract;
