/**
 * Registration with captcha, consent and a display name, and the confirmation of the address by a
 * mailed link; the same answer whether or not the address already has an account.
 */
package io.tribune.accounts.registration;
