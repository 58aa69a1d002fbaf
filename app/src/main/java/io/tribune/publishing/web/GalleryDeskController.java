package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.media.ImageUploads;
import io.tribune.publishing.gallery.DeskAnswer;
import io.tribune.publishing.gallery.GalleryDesk;
import io.tribune.publishing.gallery.GalleryDraft;
import io.tribune.publishing.gallery.GalleryPaths;
import io.tribune.system.BadRequest;
import io.tribune.system.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The editors' gallery desk: the edition's galleries, a new one, and one gallery's page where pictures
 * are added, ordered, captioned and credited, and the gallery published or withdrawn. Every action is a
 * plain form post answered by a redirect back to the page (or the page again with the problems, 422, or
 * 409 when another editor's change came first); who may use it is declared in {@link DeskSecurity},
 * and anyone else gets 404.
 */
@Controller
class GalleryDeskController {

    private final Frames frames;
    private final GalleryDesk desk;

    GalleryDeskController(Frames frames, GalleryDesk desk) {
        this.frames = frames;
        this.desk = desk;
    }

    /** A new gallery's title and, optionally, its address. */
    record NewGalleryForm(String title, String slug) {}

    /**
     * The gallery's page as posted: title and address, and every picture's caption and credit in order,
     * as the repeated fields {@code caption} and {@code credit} (none for a gallery without pictures).
     */
    record GalleryForm(
            @Pattern(regexp = "[0-9]{1,18}") String version,
            String title,
            String slug,
            String[] caption,
            String[] credit) {

        List<String> captions() {
            return caption == null ? List.of() : List.of(caption);
        }

        List<String> credits() {
            return credit == null ? List.of() : List.of(credit);
        }
    }

    /** A picture's caption and credit as the upload form sends them, with the version the page shows. */
    record UploadForm(@Pattern(regexp = "[0-9]{1,18}") String version, String caption, String credit) {}

    /** The version of the gallery the editor's page shows, which a change must name; for moves, the direction. */
    record ChangeForm(
            @Pattern(regexp = "[0-9]{1,18}") String version,
            @Pattern(regexp = "earlier|later") String direction) {}

    /**
     * A repeated field sent once (a gallery of one picture) is that one value, commas and all: on its way
     * to an array the binder would otherwise split it at its commas.
     */
    @InitBinder("galleryForm")
    void keepCommas(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(new String[] {text});
            }
        });
    }

    @GetMapping(GalleryPaths.DESK)
    ModelAndView galleries(@PathVariable Edition edition) {
        return list(edition, null, Map.of());
    }

    @PostMapping(GalleryPaths.DESK)
    ModelAndView create(
            @PathVariable Edition edition, @ModelAttribute NewGalleryForm form, HttpServletResponse response) {
        DeskAnswer answer = translated(() -> desk.create(edition.code(), form.title(), form.slug()), 0);
        if (answer.isDone()) {
            return back(edition, answer);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return list(edition, form, answer.problems());
    }

    @GetMapping(GalleryPaths.DESK_GALLERY)
    ModelAndView gallery(@PathVariable Edition edition, @PathVariable long id) {
        return page(edition, desk.draft(edition.code(), id), null, Map.of());
    }

    @PostMapping(GalleryPaths.DESK_GALLERY)
    ModelAndView save(
            @PathVariable Edition edition,
            @PathVariable long id,
            @Valid @ModelAttribute GalleryForm form,
            BindingResult binding,
            HttpServletResponse response) {
        checked(binding);
        List<String> captions = form.captions();
        List<String> credits = form.credits();
        DeskAnswer answer = translated(
                () -> desk.save(edition.code(), id, form.version(), form.title(), form.slug(), captions, credits), id);
        DeskForm typed = new DeskForm(form.title(), form.slug(), captions, credits);
        return answer(edition, id, answer, typed, response);
    }

    /**
     * Adds an uploaded picture with its caption and credit. One over the size limit is refused before its
     * bytes are read; what the picture is, is decided by its bytes alone, never by its name or declared type.
     */
    @PostMapping(GalleryPaths.DESK_PICTURES)
    ModelAndView upload(
            @PathVariable Edition edition,
            @PathVariable long id,
            @Valid @ModelAttribute UploadForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletResponse response) {
        checked(binding);
        DeskAnswer answer;
        if (file == null || file.isEmpty()) {
            answer = new DeskAnswer(id, Map.of("file", "gallery.error.file"));
        } else if (file.getSize() > ImageUploads.MAX_BYTES) {
            answer = new DeskAnswer(id, Map.of("file", "gallery.error.upload.TOO_LARGE"));
        } else {
            byte[] bytes = bytes(file);
            answer = translated(
                    () -> desk.add(edition.code(), id, form.version(), form.caption(), form.credit(), bytes), id);
        }
        return answer(edition, id, answer, null, response);
    }

    /** Moves a picture one place earlier or later, or removes it, as the path says. */
    @PostMapping({GalleryPaths.DESK_MOVE, GalleryPaths.DESK_REMOVE})
    ModelAndView picture(
            @PathVariable Edition edition,
            @PathVariable long id,
            @PathVariable int position,
            @Valid @ModelAttribute ChangeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response) {
        checked(binding);
        boolean isRemoval = request.getRequestURI().endsWith("/remove");
        if (!isRemoval && form.direction() == null) {
            throw new BadRequest();
        }
        boolean isEarlier = "earlier".equals(form.direction());
        DeskAnswer answer = translated(
                () -> isRemoval
                        ? desk.remove(edition.code(), id, form.version(), position)
                        : desk.move(edition.code(), id, form.version(), position, isEarlier),
                id);
        return answer(edition, id, answer, null, response);
    }

    /** Publishes the gallery, or takes it off Multimedia, as the path says. */
    @PostMapping({GalleryPaths.DESK_PUBLISH, GalleryPaths.DESK_UNPUBLISH})
    ModelAndView publication(
            @PathVariable Edition edition,
            @PathVariable long id,
            @Valid @ModelAttribute ChangeForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response) {
        checked(binding);
        boolean isPublishing = !request.getRequestURI().endsWith("/unpublish");
        DeskAnswer answer = translated(
                () -> isPublishing
                        ? desk.publish(edition.code(), id, form.version())
                        : desk.unpublish(edition.code(), id, form.version()),
                id);
        return answer(edition, id, answer, null, response);
    }

    /** Back to the gallery's page after a change, or the page again with the problems. */
    private ModelAndView answer(
            Edition edition, long id, DeskAnswer answer, DeskForm typed, HttpServletResponse response) {
        if (answer.isDone()) {
            return back(edition, answer);
        }
        response.setStatus(answer.isStale() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        GalleryDraft current = desk.draft(edition.code(), id);
        return page(edition, current, answer.isStale() ? null : typed, answer.problems());
    }

    /**
     * Runs a change; two editors saving at the very same moment (the version or the new address checked
     * by both before either wrote) are told as the checks tell them, never with an error page.
     */
    private static DeskAnswer translated(Supplier<DeskAnswer> change, long id) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException e) {
            return new DeskAnswer(id, Map.of(DeskAnswer.STALE, "gallery.error.stale"));
        } catch (DataIntegrityViolationException e) {
            return new DeskAnswer(id, Map.of("slug", "gallery.error.slugTaken"));
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(ImageUploads.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequest();
        }
    }

    private static void checked(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new BadRequest();
        }
    }

    private static ModelAndView back(Edition edition, DeskAnswer answer) {
        RedirectView redirect =
                new RedirectView(GalleryPaths.desk(edition.code(), answer.gallery()), false, false, false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private ModelAndView list(Edition edition, NewGalleryForm typed, Map<String, String> problems) {
        List<GalleryDraft> all = desk.all(edition.code());
        var builder = frames.in(edition);
        Page frame = builder.title(builder.text().get("gallery.desk.title"))
                .name("robots", "noindex")
                .build();
        Map<String, Object> model = new HashMap<>();
        model.put("page", frame);
        model.put("galleries", all);
        model.put("typedTitle", typed == null ? "" : typed.title());
        model.put("typedSlug", typed == null ? "" : typed.slug());
        model.put("problems", problems);
        return new ModelAndView("publishing/desk-galleries", model);
    }

    private ModelAndView page(Edition edition, GalleryDraft gallery, DeskForm typed, Map<String, String> problems) {
        var builder = frames.in(edition);
        Page frame = builder.title(gallery.title()).name("robots", "noindex").build();
        Map<String, Object> model = new HashMap<>();
        model.put("page", frame);
        model.put("gallery", gallery);
        model.put("form", typed == null ? DeskForm.of(gallery) : typed);
        model.put("problems", problems);
        return new ModelAndView("publishing/desk-gallery", model);
    }
}
