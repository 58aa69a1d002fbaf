package io.tribune.accounts.web;

import io.tribune.accounts.Accounts;
import io.tribune.editions.Editions;
import io.tribune.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Lists the letters written to the mail folder of the embedded demo, to whoever sits at this machine.
 * Every letter holds a secret link (a reset, a confirmation), so anywhere else — outside the demo, or
 * asked from another machine — the page does not exist.
 */
@Controller
class DevelopmentMailController {

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1/128");

    private final Accounts accounts;
    private final Editions editions;
    private final AccountPages pages;

    DevelopmentMailController(Accounts accounts, Editions editions, AccountPages pages) {
        this.accounts = accounts;
        this.editions = editions;
        this.pages = pages;
    }

    @GetMapping("/dev/mail")
    ModelAndView mail(HttpServletRequest request) {
        if (!isFromThisMachine(request.getRemoteAddr())) {
            throw new NotFound();
        }
        List<String> letters = accounts.developmentMail().orElseThrow(NotFound::new);
        var page = pages.page(editions.fallback(), "account.devmail.title");
        return new ModelAndView("accounts/dev-mail", Map.of("page", page, "letters", letters));
    }

    /** Whether the container's remote address is a loopback one; anything but an address literal is not. */
    static boolean isFromThisMachine(String remoteAddress) {
        try {
            return remoteAddress != null && (LOOPBACK_V4.matches(remoteAddress) || LOOPBACK_V6.matches(remoteAddress));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
