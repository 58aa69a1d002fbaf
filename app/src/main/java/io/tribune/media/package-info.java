/**
 * Media: images and their renditions, and readers' avatars. It stores pictures (generated
 * illustrations for demo content, avatars uploaded by readers), checks and re-encodes uploads, serves
 * everything in fixed sizes, and knows nothing of the articles or accounts that use them: others refer
 * to an image or avatar by its id.
 */
@ApplicationModule(
        displayName = "Media",
        allowedDependencies = {"system"})
package io.tribune.media;

import org.springframework.modulith.ApplicationModule;
