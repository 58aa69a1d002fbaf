package io.tribune.publishing.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.NewsroomPaths;
import io.tribune.publishing.NewsroomTranslation;
import io.tribune.publishing.NewsroomTranslations;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The translation picker of the article form: the editor searches another edition's articles (published
 * ones, and drafts of editions they edit) by their words, links the same story's article (readers and
 * search engines are pointed to it with {@code hreflang} once it is published), and unlinks one. The form
 * loads the answers into itself through htmx; without scripts the form posts itself to
 * {@link NewsroomController} (keeping what was typed), and each answer here is a page of its own too. Who
 * may use it is declared in {@link DeskSecurity}.
 */
@Controller
class NewsroomTranslationsController {

    private final Pages pages;
    private final NewsroomTranslations translations;
    private final Editions editions;

    NewsroomTranslationsController(Pages pages, NewsroomTranslations translations, Editions editions) {
        this.pages = pages;
        this.translations = translations;
        this.editions = editions;
    }

    @GetMapping(NewsroomPaths.TRANSLATIONS)
    ModelAndView search(
            @PathVariable Edition edition,
            @PathVariable long id,
            @RequestParam(name = "in", required = false) String in,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String done,
            AccountId editor,
            HttpServletRequest request) {
        List<NewsroomTranslation> linked = translations.of(editor, edition.code(), id);
        Optional<Edition> other = editions.find(in).filter(e -> !e.equals(edition));
        List<NewsroomTranslation> found = other.map(
                        e -> translations.candidates(editor, edition.code(), id, e.code(), q))
                .orElse(List.of());
        Map<String, Object> model = model(edition, id, linked);
        model.put("found", found);
        model.put("searched", other.isPresent() && q != null && !q.isBlank());
        model.put("in", other.map(Edition::code).orElse(""));
        model.put("q", q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q);
        model.put("notice", "linked".equals(done) || "unlinked".equals(done) ? "newsroom.translation." + done : null);
        // htmx asks from within the article form, whose buttons post the whole form when there are no scripts
        model.put("inForm", isHtmx(request));
        return new ModelAndView(
                isHtmx(request) ? "publishing/fragments/newsroomTranslationFound" : "publishing/newsroom-translations",
                model);
    }

    @PostMapping(NewsroomPaths.TRANSLATIONS)
    ModelAndView link(
            @PathVariable Edition edition,
            @PathVariable long id,
            @ModelAttribute NewsroomTranslationForm form,
            AccountId editor,
            HttpServletRequest request) {
        return answer(edition, id, form, editor, translations::link, "linked", request);
    }

    @PostMapping(NewsroomPaths.UNLINK)
    ModelAndView unlink(
            @PathVariable Edition edition,
            @PathVariable long id,
            @ModelAttribute NewsroomTranslationForm form,
            AccountId editor,
            HttpServletRequest request) {
        return answer(edition, id, form, editor, translations::unlink, "unlinked", request);
    }

    /** What linking and unlinking do alike. */
    interface Change {
        Optional<String> apply(AccountId editor, String edition, long id, long other);
    }

    private ModelAndView answer(
            Edition edition,
            long id,
            NewsroomTranslationForm form,
            AccountId editor,
            Change change,
            String done,
            HttpServletRequest request) {
        OptionalLong other = form.id();
        Optional<String> problem = other.isEmpty()
                ? Optional.of(translationsExist(edition, id, "newsroom.translation.missing"))
                : change.apply(editor, edition.code(), id, other.getAsLong());
        boolean isHtmx = isHtmx(request);
        if (problem.isEmpty() && !isHtmx) {
            RedirectView redirect =
                    new RedirectView(NewsroomPaths.translations(edition.code(), id) + "?done=" + done, false);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(redirect);
        }
        Map<String, Object> model = model(edition, id, translations.of(editor, edition.code(), id));
        model.put("problem", problem.orElse(null));
        model.put("story", translations.storyOf(edition.code(), id));
        model.put("found", List.of());
        model.put("searched", false);
        model.put("in", "");
        model.put("q", "");
        model.put("notice", null);
        model.put("inForm", isHtmx);
        ModelAndView view = new ModelAndView(
                isHtmx ? "publishing/fragments/newsroomTranslations" : "publishing/newsroom-translations", model);
        if (problem.isPresent()) {
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    /** The problem, once the article is known to be the edition's (else 404, as for every other action). */
    private String translationsExist(Edition edition, long id, String problem) {
        translations.storyOf(edition.code(), id);
        return problem;
    }

    private Map<String, Object> model(Edition edition, long id, List<NewsroomTranslation> linked) {
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get("newsroom.translation.title")).name("robots", "noindex");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame.build());
        model.put("id", id);
        model.put("linked", linked);
        model.put(
                "editions",
                editions.all().stream().filter(e -> !e.equals(edition)).toList());
        model.put("problem", null);
        model.put("story", null);
        return model;
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
