package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.editions.Edition;
import io.tribune.system.AccountLinks;
import org.springframework.stereotype.Component;

/** The account pages every page's frame links to, for the system module's layout. */
@Component
class FrameAccountLinks implements AccountLinks {

    @Override
    public Paths in(Edition edition) {
        return new Paths(
                AccountPaths.in(edition, AccountPaths.BAR),
                AccountPaths.logIn(edition),
                AccountPaths.register(edition),
                AccountPaths.privacy(edition));
    }
}
