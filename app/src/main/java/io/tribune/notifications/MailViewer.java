package io.tribune.notifications;

import java.util.List;

/**
 * The demo's view of the mail folder. It exists only in the embedded demo (see
 * {@link NotificationsConfiguration#mailViewer}); its page answers only requests from this machine.
 */
class MailViewer {

    private final FolderPostbox folder;

    MailViewer(FolderPostbox folder) {
        this.folder = folder;
    }

    List<String> newest() {
        return folder.newest(50);
    }
}
