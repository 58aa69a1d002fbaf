/**
 * Log-in by password, remember-me and sessions (ended when the password changes), password recovery
 * by a mailed link, and the gate that keeps a generated one-time password from being kept.
 */
package io.tribune.accounts.signin;
