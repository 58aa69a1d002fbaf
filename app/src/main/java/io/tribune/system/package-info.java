/**
 * System: the web plumbing every page shares — security chain, request limits, the page frame and
 * layout, localised texts, error pages. It holds no business rules; feature modules hand it a
 * {@link io.tribune.system.Page} and their content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package io.tribune.system;
