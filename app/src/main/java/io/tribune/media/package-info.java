/**
 * Media: images and their renditions. It stores pictures (uploaded later by editors and readers,
 * generated illustrations for demo content now), serves them in several widths, and knows nothing
 * of the articles that use them: others refer to an image by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package io.tribune.media;
