/** Package of attest-store. */
package org.attest.store;
