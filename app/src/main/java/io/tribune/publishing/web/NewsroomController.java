package io.tribune.publishing.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.media.ImageRef;
import io.tribune.media.ImageUpload;
import io.tribune.media.ImageUploads;
import io.tribune.publishing.ArticleDiscussions;
import io.tribune.publishing.ArticleView;
import io.tribune.publishing.Articles;
import io.tribune.publishing.EditedArticle;
import io.tribune.publishing.Newsroom;
import io.tribune.publishing.NewsroomPaths;
import io.tribune.publishing.NewsroomTranslation;
import io.tribune.publishing.NewsroomTranslations;
import io.tribune.publishing.Saved;
import io.tribune.publishing.TagRef;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The newsroom's pages: the desk (every article of the edition), the article form with its actions
 * (save, preview, publish now, schedule, update, unpublish), the lead picture upload, and the helpers
 * the form uses through htmx or as plain pages (live preview, article search, tag suggestions,
 * pictures for the body). Who may use them is declared in {@link DeskSecurity}: anyone but the
 * edition's editors and administrators gets 404.
 */
@Controller
class NewsroomController {

    /** What a translation button of the form asks, as posted when there are no scripts. */
    private static final Pattern TRANSLATION = Pattern.compile("find|(link|unlink):([0-9]{1,18})");

    private final Pages pages;
    private final Newsroom newsroom;
    private final Articles articles;
    private final ImageUploads uploads;
    private final ArticlePages articlePages;
    private final ArticleDiscussions discussions;
    private final NewsroomTranslations translations;
    private final Editions editions;

    NewsroomController(
            Pages pages,
            Newsroom newsroom,
            Articles articles,
            ImageUploads uploads,
            ArticlePages articlePages,
            ArticleDiscussions discussions,
            NewsroomTranslations translations,
            Editions editions) {
        this.pages = pages;
        this.newsroom = newsroom;
        this.articles = articles;
        this.uploads = uploads;
        this.articlePages = articlePages;
        this.discussions = discussions;
        this.translations = translations;
        this.editions = editions;
    }

    @GetMapping(NewsroomPaths.DESK)
    ModelAndView desk(@PathVariable Edition edition, @RequestParam(required = false) String page) {
        int number = PageNumber.parse(page);
        var list = newsroom.desk(edition.code(), number);
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get("newsroom.desk.title")).name("robots", "noindex");
        return new ModelAndView(
                "publishing/newsroom",
                Map.of(
                        "page",
                        frame.build(),
                        "articles",
                        list,
                        "number",
                        number,
                        "hasMore",
                        list.size() == Newsroom.DESK_PAGE));
    }

    @GetMapping(NewsroomPaths.NEW)
    ModelAndView newArticle(@PathVariable Edition edition, AccountId editor) {
        String section = articles.sections(edition.code()).stream()
                .findFirst()
                .map(s -> s.slug())
                .orElse("");
        return form(
                edition, editor, null, ArticleForm.blank(section, edition.timeZone()), Map.of(), null, HttpStatus.OK);
    }

    @GetMapping(NewsroomPaths.ARTICLE)
    ModelAndView article(
            @PathVariable Edition edition,
            @PathVariable long id,
            @RequestParam(required = false) String done,
            AccountId editor) {
        EditedArticle article = newsroom.edited(edition.code(), id).orElseThrow(NotFound::new);
        String notice = done != null && done.matches("save|publish|schedule|unschedule|unpublish|discussion")
                ? "newsroom.done." + done
                : null;
        return form(
                edition, editor, article, ArticleForm.of(article, edition.timeZone()), Map.of(), notice, HttpStatus.OK);
    }

    @PostMapping(NewsroomPaths.CREATE)
    ModelAndView create(
            @PathVariable Edition edition,
            @Valid @ModelAttribute ArticleForm form,
            BindingResult binding,
            @RequestParam(required = false) MultipartFile image,
            AccountId editor) {
        return save(edition, editor, null, form, binding, image);
    }

    @PostMapping(NewsroomPaths.ARTICLE)
    ModelAndView update(
            @PathVariable Edition edition,
            @PathVariable long id,
            @Valid @ModelAttribute ArticleForm form,
            BindingResult binding,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String translation,
            @RequestParam(name = "in", required = false) String in,
            @RequestParam(required = false) String q,
            AccountId editor) {
        // Enter without scripts presses the form's first button: a search when words are typed in the
        // translation search, a save otherwise, as Enter in a form usually does
        String asked = "enter".equals(translation) ? (q == null || q.isBlank() ? null : "find") : translation;
        if (asked != null) {
            return carry(edition, editor, id, form, binding, image, asked, in, q);
        }
        return save(edition, editor, id, form, binding, image);
    }

    /**
     * A translation button of the form pressed without scripts, which posts the whole form: it is shown
     * again as typed, not saved (saving a published article would publish half-done changes), with the
     * translation linked or unlinked and the search's answers; a picture chosen is stored, as on a
     * refusal. Bad requests are refused in the editor's language, with nothing changed.
     */
    private ModelAndView carry(
            Edition edition,
            AccountId editor,
            long id,
            ArticleForm form,
            BindingResult binding,
            MultipartFile image,
            String translation,
            String in,
            String q) {
        EditedArticle current = newsroom.edited(edition.code(), id).orElseThrow(NotFound::new);
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            problems.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        ArticleForm shown = safe(form, binding);
        if (image != null && !image.isEmpty()) {
            ImageUpload upload = accept(image, form.imageCaption(), form.imageCredit());
            if (upload instanceof ImageUpload.Stored stored) {
                shown = shown.withImage(stored.image().id());
            } else {
                problems.put(
                        "image",
                        "newsroom.image."
                                + ((ImageUpload.Refused) upload).reason().name());
            }
        }
        Matcher asked = TRANSLATION.matcher(translation);
        Optional<String> problem = Optional.empty();
        String notice = null;
        if (!asked.matches()) {
            problem = Optional.of("newsroom.translation.missing");
        } else if (asked.group(1) != null) {
            long other = Long.parseLong(asked.group(2));
            boolean isLink = asked.group(1).equals("link");
            problem = isLink
                    ? translations.link(editor, edition.code(), id, other)
                    : translations.unlink(editor, edition.code(), id, other);
            if (problem.isEmpty()) {
                notice = isLink ? "newsroom.translation.linked" : "newsroom.translation.unlinked";
                shown = shown.withStory(translations.storyOf(edition.code(), id));
            }
        }
        Optional<Edition> other = editions.find(in).filter(e -> !e.equals(edition));
        boolean isSearched = other.isPresent() && q != null && !q.isBlank();
        List<NewsroomTranslation> found = isSearched
                ? translations.candidates(
                        editor, edition.code(), id, other.get().code(), q)
                : List.of();
        ModelAndView view = form(
                edition,
                editor,
                current,
                shown,
                problems,
                notice,
                problem.isPresent() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
        view.addObject("translationProblem", problem.orElse(null));
        view.addObject("translationFound", found);
        view.addObject("translationSearched", isSearched);
        view.addObject("translationIn", other.map(Edition::code).orElse(""));
        view.addObject("translationQ", q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q);
        return view;
    }

    /**
     * Checks the form, stores a new lead picture, then saves and acts; a refusal shows the form again
     * with everything the editor wrote (and a picture already stored), so nothing typed is lost.
     */
    private ModelAndView save(
            Edition edition, AccountId editor, Long id, ArticleForm form, BindingResult binding, MultipartFile image) {
        EditedArticle current =
                id == null ? null : newsroom.edited(edition.code(), id).orElseThrow(NotFound::new);
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            problems.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        if (!problems.isEmpty()) {
            return form(
                    edition, editor, current, safe(form, binding), problems, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Newsroom.Action action = form.chosen();
        Instant publishAt = null;
        if (action == Newsroom.Action.SCHEDULE) {
            Optional<ZoneId> zone = form.timeZone();
            if (zone.isEmpty()) {
                problems.put("zone", "newsroom.error.zone");
            } else {
                publishAt = form.publishingTime(zone.get()).orElse(null);
                if (publishAt == null) {
                    problems.put("publishAt", "newsroom.error.publishAt");
                }
            }
        }
        if (!problems.isEmpty()) {
            return form(edition, editor, current, form, problems, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        ArticleForm shown = form;
        Long stored = null;
        if (image != null && !image.isEmpty()) {
            ImageUpload upload = accept(image, form.imageCaption(), form.imageCredit());
            if (upload instanceof ImageUpload.Refused refused) {
                problems.put("image", "newsroom.image." + refused.reason().name());
                return form(edition, editor, current, form, problems, null, HttpStatus.UNPROCESSABLE_CONTENT);
            }
            stored = ((ImageUpload.Stored) upload).image().id();
            shown = form.withImage(stored);
        }
        Saved saved = newsroom.save(edition.code(), id, form.expectedVersion(), form.draft(stored), action, publishAt);
        return switch (saved) {
            case Saved.Done done ->
                redirect(NewsroomPaths.article(edition.code(), done.id()) + "?done="
                        + action.name().toLowerCase(Locale.ROOT));
            case Saved.Refused refused ->
                form(edition, editor, current, shown, refused.problems(), null, HttpStatus.UNPROCESSABLE_CONTENT);
            case Saved.Stale stale ->
                form(
                        edition,
                        editor,
                        current,
                        shown.atVersion(
                                stale.current(),
                                id == null
                                        ? null
                                        : newsroom.edited(edition.code(), id)
                                                .map(now -> now.draft().story())
                                                .orElse(null)),
                        Map.of("version", "newsroom.error.stale"),
                        null,
                        HttpStatus.CONFLICT);
        };
    }

    /** When the article's discussion closes; a refusal shows the article's form with the problem. */
    @PostMapping(NewsroomPaths.DISCUSSION)
    ModelAndView closeDiscussion(
            @PathVariable Edition edition,
            @PathVariable long id,
            @ModelAttribute DiscussionClosingForm form,
            AccountId editor) {
        EditedArticle article = newsroom.edited(edition.code(), id).orElseThrow(NotFound::new);
        Optional<String> problem = form.kind()
                .map(kind -> newsroom.closeDiscussion(
                        edition.code(), id, kind, form.day().orElse(null), edition.timeZone()))
                .orElse(Optional.of("newsroom.error.discussionClosing"));
        if (problem.isPresent()) {
            return form(
                    edition,
                    editor,
                    article,
                    ArticleForm.of(article, edition.timeZone()),
                    Map.of("discussion", problem.get()),
                    null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return redirect(NewsroomPaths.article(edition.code(), id) + "?done=discussion");
    }

    private ImageUpload accept(MultipartFile image, String caption, String credit) {
        // only the bytes count: the file's name and declared type are never read
        try (InputStream in = image.getInputStream()) {
            return uploads.accept(in, caption, credit);
        } catch (IOException e) {
            return new ImageUpload.Refused(ImageUpload.Refusal.UNREADABLE);
        }
    }

    /** The form as bound, except that a value refused for its shape is not shown again in full. */
    private static ArticleForm safe(ArticleForm form, BindingResult binding) {
        if (binding.hasFieldErrors("version")
                || binding.hasFieldErrors("action")
                || binding.hasFieldErrors("imageId")) {
            return new ArticleForm(
                    form.headline(),
                    form.lead(),
                    form.body(),
                    form.section(),
                    form.slug(),
                    form.tags(),
                    form.bylines(),
                    "",
                    "",
                    "",
                    form.related(),
                    form.breaking(),
                    form.corrections(),
                    form.story(),
                    form.storyWas(),
                    form.publishAt(),
                    form.zone(),
                    binding.hasFieldErrors("version") ? "0" : form.version(),
                    "save");
        }
        return form;
    }

    @GetMapping(NewsroomPaths.PREVIEW)
    ModelAndView preview(@PathVariable Edition edition, @PathVariable long id, HttpServletResponse response) {
        ArticleView article = newsroom.preview(edition.code(), id).orElseThrow(NotFound::new);
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("publishing/article", articlePages.model(edition, article));
    }

    /** The body as the article page will show it: the form's live preview. */
    @PostMapping(NewsroomPaths.RENDER)
    ModelAndView render(
            @PathVariable Edition edition, @RequestParam(required = false) String body, HttpServletResponse response) {
        if (body != null && body.length() > 200_000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            body = "";
        }
        Pages.Builder frame = pages.in(edition);
        return new ModelAndView(
                "publishing/fragments/newsroomRender",
                Map.of("page", frame.build(), "html", newsroom.render(body == null ? "" : body)));
    }

    /** Published articles by any words of their text; the form loads it into itself, and it is a page too. */
    @GetMapping(NewsroomPaths.SEARCH)
    ModelAndView search(
            @PathVariable Edition edition, @RequestParam(required = false) String q, HttpServletRequest request) {
        var found = newsroom.find(edition.code(), q);
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get("newsroom.search.title")).name("robots", "noindex");
        String words = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        return new ModelAndView(
                isHtmx(request) ? "publishing/fragments/newsroomFound" : "publishing/newsroom-search",
                Map.of("page", frame.build(), "found", found, "q", words));
    }

    /** The edition's tags like the last one being typed (after the last comma). */
    @GetMapping(NewsroomPaths.TAGS)
    ModelAndView tags(@PathVariable Edition edition, @RequestParam(required = false) String tags) {
        String typed = tags == null ? "" : tags.substring(tags.lastIndexOf(',') + 1);
        List<TagRef> found = typed.isBlank() ? List.of() : newsroom.suggestTags(edition.code(), typed);
        return new ModelAndView(
                "publishing/fragments/newsroomTags",
                Map.of("page", pages.in(edition).build(), "tags", found));
    }

    /** Stores a picture for the body and answers the line that places it. */
    @PostMapping(NewsroomPaths.IMAGES)
    ModelAndView image(
            @PathVariable Edition edition,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit,
            HttpServletRequest request,
            HttpServletResponse response) {
        ImageUpload upload = file == null || file.isEmpty()
                ? new ImageUpload.Refused(ImageUpload.Refusal.EMPTY)
                : accept(file, caption, credit);
        ImageRef image = null;
        String problem = null;
        if (upload instanceof ImageUpload.Stored stored) {
            image = stored.image();
        } else {
            problem =
                    "newsroom.image." + ((ImageUpload.Refused) upload).reason().name();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get("newsroom.picture.title")).name("robots", "noindex");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame.build());
        model.put("image", image);
        model.put("problem", problem);
        return new ModelAndView(
                isHtmx(request) ? "publishing/fragments/newsroomPicture" : "publishing/newsroom-picture", model);
    }

    private ModelAndView form(
            Edition edition,
            AccountId editor,
            EditedArticle article,
            ArticleForm form,
            Map<String, String> problems,
            String notice,
            HttpStatus status) {
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get(article == null ? "newsroom.new.title" : "newsroom.edit.title"))
                .name("robots", "noindex");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame.build());
        model.put(
                "view",
                new NewsroomForm(
                        form,
                        problems,
                        notice,
                        article,
                        articles.sections(edition.code()),
                        discussions.openFor(edition.code())));
        if (article != null) {
            model.put("translations", translations.of(editor, edition.code(), article.id()));
            model.put(
                    "otherEditions",
                    editions.all().stream().filter(e -> !e.equals(edition)).toList());
        }
        ModelAndView view = new ModelAndView("publishing/newsroom-article", model);
        view.setStatus(status);
        return view;
    }

    private static ModelAndView redirect(String path) {
        RedirectView redirect = new RedirectView(path, false, false, false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
