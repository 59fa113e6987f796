/** Package of attest-export. */
package org.attest.export;
