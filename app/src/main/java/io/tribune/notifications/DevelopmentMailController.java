package io.tribune.notifications;

import io.tribune.editions.Editions;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
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

    static final String PATH = "/dev/mail";

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1/128");

    private final ObjectProvider<MailViewer> viewer;
    private final Editions editions;
    private final Pages pages;

    DevelopmentMailController(ObjectProvider<MailViewer> viewer, Editions editions, Pages pages) {
        this.viewer = viewer;
        this.editions = editions;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView mail(HttpServletRequest request) {
        if (!isFromThisMachine(request.getRemoteAddr())) {
            throw new NotFound();
        }
        MailViewer mail = viewer.getIfAvailable();
        if (mail == null) {
            throw new NotFound();
        }
        List<String> letters = mail.newest();
        var builder = pages.in(editions.fallback());
        Page page = builder.title(builder.text().get("account.devmail.title"))
                .name("robots", "noindex")
                .build();
        return new ModelAndView("notifications/dev-mail", Map.of("page", page, "letters", letters));
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
