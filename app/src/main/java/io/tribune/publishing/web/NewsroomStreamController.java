package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.ListenLiveStreams;
import io.tribune.publishing.NewsroomPaths;
import io.tribune.system.Pages;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The newsroom's Listen Live page: the edition's editors set the stream the player bar of every page
 * of the edition plays, or clear its address to remove the bar. Who may use it is declared with the
 * rest of the newsroom in {@link DeskSecurity}.
 */
@Controller
class NewsroomStreamController {

    private final Pages pages;
    private final ListenLiveStreams streams;

    NewsroomStreamController(Pages pages, ListenLiveStreams streams) {
        this.pages = pages;
        this.streams = streams;
    }

    @GetMapping(NewsroomPaths.LISTEN_LIVE)
    ModelAndView show(@PathVariable Edition edition, @RequestParam(required = false) String done) {
        return page(
                edition,
                NewsroomStreamForm.of(streams.current(edition.code())),
                Map.of(),
                "saved".equals(done),
                HttpStatus.OK);
    }

    @PostMapping(NewsroomPaths.LISTEN_LIVE)
    ModelAndView change(@PathVariable Edition edition, @ModelAttribute NewsroomStreamForm form) {
        Map<String, String> problems = streams.change(edition.code(), form.stream());
        if (!problems.isEmpty()) {
            return page(edition, form, problems, false, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        RedirectView redirect = new RedirectView(NewsroomPaths.listenLive(edition.code()) + "?done=saved", false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private ModelAndView page(
            Edition edition,
            NewsroomStreamForm form,
            Map<String, String> problems,
            boolean isSaved,
            HttpStatus status) {
        Pages.Builder frame = pages.in(edition);
        frame.title(frame.text().get("listenLive.desk.title")).name("robots", "noindex");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", frame.build());
        model.put("form", form);
        model.put("problems", problems);
        model.put("saved", isSaved);
        ModelAndView view = new ModelAndView("publishing/newsroom-listen-live", model);
        view.setStatus(status);
        return view;
    }
}
