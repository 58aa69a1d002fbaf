/**
 * Staff roles: the first administrator and the demo's staff, granting and revoking roles (never the
 * last administrator's), and the admin's search of accounts.
 */
package io.tribune.accounts.staff;
