package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.profile.PurgeDeletedAccounts;
import io.tribune.media.TestPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Readers upload, replace and remove their picture; hostile files are refused and nothing is stored. */
class AccountsAvatarTests extends AccountsWebTest {

    private static final Pattern PICTURE = Pattern.compile("class=\"account-avatar__picture\" src=\"([^\"]+)\"");

    @Autowired
    PurgeDeletedAccounts purge;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void readerUploadsAPictureThatIsServedAsSquaresForAYear() throws IOException {
        String email = signedInReader("photo", "Photo Reader");
        String page = browser.get("/en/account").body();

        HttpResponse<String> uploaded = Uploads.avatar(browser, port, page, "holiday.jpg", TestPictures.jpeg(900, 600));

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("Your new picture is saved.");
        String src = pictureOn(uploaded.body());
        assertThat(src).matches("/media/avatars/[A-Za-z0-9_-]{22}/256\\.jpg");
        HttpResponse<byte[]> image = bytes(src);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000")
                .contains("immutable");
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(square.getWidth()).isEqualTo(256);
        assertThat(square.getHeight()).isEqualTo(256);
        assertThat(bytes(src.replace("256.jpg", "64.jpg")).statusCode()).isEqualTo(200);
        assertThat(bytes(src.replace("256.jpg", "128.jpg")).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select avatar from account where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo(src.split("/")[3]);
    }

    @Test
    void aNewPictureReplacesTheOldOneAndRemovingBringsBackTheInitials() {
        signedInReader("replace", "Вера Павлова");
        String page = browser.get("/en/account").body();
        assertThat(pictureOn(page)).startsWith("/media/avatars/drawn/").endsWith(".svg");
        HttpResponse<String> first = Uploads.avatar(browser, port, page, "a.png", TestPictures.png(300, 300));
        String firstSrc = pictureOn(first.body());

        HttpResponse<String> second = Uploads.avatar(browser, port, first.body(), "b.jpg", TestPictures.jpeg(300, 300));
        String secondSrc = pictureOn(second.body());
        HttpResponse<String> removed = browser.post("/en/account/avatar/remove", second.body(), Map.of());

        assertThat(secondSrc).isNotEqualTo(firstSrc);
        assertThat(bytes(firstSrc).statusCode()).isEqualTo(404);
        assertThat(removed.body()).contains("your initials are shown instead");
        assertThat(bytes(secondSrc).statusCode()).isEqualTo(404);
        String drawn = pictureOn(removed.body());
        HttpResponse<byte[]> svg = bytes(drawn);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains(">ВП</text>");
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("empty.jpg", new byte[0], "Choose a picture file to upload."),
                Arguments.of(
                        "notes.jpg",
                        "Dear diary, this is not a picture.".getBytes(StandardCharsets.UTF_8),
                        "This file is not a picture"),
                Arguments.of("bomb.png", TestPictures.pngBomb(20_000), "This picture has too many pixels"),
                Arguments.of("cut.jpg", TestPictures.truncated(TestPictures.jpeg(600, 600)), "damaged or incomplete"),
                Arguments.of("cut.png", TestPictures.truncated(TestPictures.png(600, 600)), "damaged or incomplete"),
                Arguments.of("moving.gif", TestPictures.GIF, "This kind of image is not accepted."),
                Arguments.of("drawing.svg", TestPictures.SVG, "This kind of image is not accepted."));
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void hostileFilesAreRefusedWithAClearMessageAndNothingIsStored(String name, byte[] bytes, String message)
            throws IOException {
        String email = signedInReader("hostile", "Careful Reader");
        String page = browser.get("/en/account").body();
        long filesBefore = storedFiles();

        HttpResponse<String> refused = Uploads.avatar(browser, port, page, name, bytes);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(message).contains("account-form__problem");
        assertThat(pictureOn(refused.body())).contains("/media/avatars/drawn/");
        assertThat(avatarOf(email)).isNull();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aTenMegabyteFileGetsTheFormsOwnErrorInTheEditionsLanguage() {
        String email = signedInReader("huge", "Huge Reader");
        String page = browser.get("/ru/account").body();

        HttpResponse<String> refused = Uploads.avatar(browser, port, page, "huge.jpg", new byte[10 * 1024 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Файл больше 5 МБ");
        assertThat(avatarOf(email)).isNull();
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyAnnouncedFarTooLargeIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /es/account/avatar HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").contains("Demasiado grande");
        }
    }

    @Test
    void aFileNameWithANulByteGetsTheBadRequestPage() throws IOException {
        String email = signedInReader("nul", "Nul Reader");
        String page = browser.get("/en/account").body();
        long filesBefore = storedFiles();

        HttpResponse<String> refused =
                Uploads.avatar(browser, port, page, "photo\u0000.jpg", TestPictures.jpeg(200, 200));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The request could not be understood");
        assertThat(avatarOf(email)).isNull();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void thePolyglotsPayloadIsGoneFromTheStoredPicture() throws IOException {
        String email = signedInReader("polyglot", "Polyglot Reader");
        String page = browser.get("/en/account").body();

        HttpResponse<String> uploaded = Uploads.avatar(browser, port, page, "innocent.jpg", TestPictures.polyglot());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        for (Path file : filesOf(avatarOf(email))) {
            String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(stored)
                    .doesNotContain("PK\u0003\u0004")
                    .doesNotContain("<script")
                    .doesNotContain("<html");
        }
    }

    @Test
    void fileNamesWithMarkupOrPathsAreNeverUsedNorShown() throws IOException {
        String email = signedInReader("named", "Named Reader");
        String page = browser.get("/en/account").body();
        String hostileName = "../../../etc/<script>alert(1)</script>.jpg";

        HttpResponse<String> uploaded = Uploads.avatar(browser, port, page, hostileName, TestPictures.jpeg(200, 200));

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).doesNotContain("<script>alert(1)").doesNotContain("etc/");
        assertThat(filesOf(avatarOf(email)))
                .extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder("256.jpg", "64.jpg");
        try (Stream<Path> all = Files.walk(Path.of(MEDIA_ROOT))) {
            assertThat(all.map(Path::toString)).noneMatch(path -> path.contains("script") || path.contains("etc"));
        }
    }

    @Test
    void aSidewaysPhonePhotoAndAPrintCmykPictureAreStoredUpright() throws IOException {
        String email = signedInReader("phone", "Phone Reader");
        String page = browser.get("/en/account").body();
        // stored by the sensor turned left, EXIF orientation 6: the upright top-left is its bottom-left
        java.awt.Color[] stored = {
            TestPictures.TOP_RIGHT, TestPictures.BOTTOM_RIGHT, TestPictures.TOP_LEFT, TestPictures.BOTTOM_LEFT
        };
        byte[] phone = TestPictures.withOrientation(TestPictures.quadrants(800, 600, stored), 6, true);

        HttpResponse<String> upright = Uploads.avatar(browser, port, page, "IMG_0001.JPG", phone);
        BufferedImage square = ImageIO.read(
                new ByteArrayInputStream(bytes(pictureOn(upright.body())).body()));
        HttpResponse<String> cmyk =
                Uploads.avatar(browser, port, upright.body(), "print.jpg", TestPictures.cmyk(500, 500, true));

        assertThat(upright.statusCode()).isEqualTo(200);
        int topLeft = square.getRGB(20, 20);
        assertThat((topLeft >> 16) & 0xFF).as("red at the top left").isGreaterThan(200);
        assertThat((topLeft >> 8) & 0xFF).isLessThan(60);
        int bottomRight = square.getRGB(235, 235);
        assertThat(bottomRight & 0xFF).as("yellow at the bottom right").isLessThan(60);
        assertThat(cmyk.statusCode()).isEqualTo(200);
        assertThat(cmyk.body()).contains("Your new picture is saved.");
        assertThat(filesOf(avatarOf(email))).hasSize(2);
    }

    @Test
    void uploadsBeyondTenAnHourAreRefusedBeforeThePictureIsLookedAt() throws IOException {
        String email = signedInReader("eager", "Eager Reader");
        String page = browser.get("/en/account").body();
        byte[] picture = TestPictures.jpeg(120, 120);
        for (int upload = 0; upload < 10; upload++) {
            assertThat(Uploads.avatar(browser, port, page, "me.jpg", picture).statusCode())
                    .isEqualTo(200);
        }
        String avatar = avatarOf(email);
        long filesBefore = storedFiles();

        HttpResponse<String> english = Uploads.avatar(browser, port, page, "me.jpg", picture);
        HttpResponse<String> arabic =
                Uploads.avatar(browser, port, browser.get("/ar/account").body(), "me.jpg", picture);

        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body())
                .contains("You have uploaded many pictures in the last hour.")
                .contains("account-form__problem");
        assertThat(arabic.statusCode()).isEqualTo(429);
        assertThat(arabic.body()).contains("رفعت صورًا كثيرة خلال الساعة الماضية");
        assertThat(avatarOf(email)).isEqualTo(avatar);
        assertThat(storedFiles()).isEqualTo(filesBefore);

        jdbc.sql("update request_quota set window_start = ?")
                .param(Timestamp.from(Instant.now().minus(61, ChronoUnit.MINUTES)))
                .update();
        assertThat(Uploads.avatar(browser, port, page, "me.jpg", picture).statusCode())
                .as("an hour later")
                .isEqualTo(200);
    }

    @Test
    void theAccountBarShowsTheSmallPictureOrTheDrawnInitials() throws IOException {
        String email = signedInReader("bar", "Bar Reader");
        Pattern barPicture = Pattern.compile("class=\"account-bar__avatar\" src=\"([^\"]+)\"");

        Matcher drawn = barPicture.matcher(browser.get("/ru/account/bar").body());
        assertThat(drawn.find()).as("a picture in the bar").isTrue();
        assertThat(drawn.group(1)).matches("/media/avatars/drawn/\\d+/BR\\.svg");
        assertThat(bytes(drawn.group(1)).statusCode()).isEqualTo(200);

        Uploads.avatar(browser, port, browser.get("/en/account").body(), "me.jpg", TestPictures.jpeg(500, 500));
        String bar = browser.get("/en/account/bar").body();
        Matcher uploaded = barPicture.matcher(bar);

        assertThat(uploaded.find()).isTrue();
        assertThat(uploaded.group(1)).isEqualTo("/media/avatars/" + avatarOf(email) + "/64.jpg");
        BufferedImage small =
                ImageIO.read(new ByteArrayInputStream(bytes(uploaded.group(1)).body()));
        assertThat(small.getWidth()).isEqualTo(64);
        // the name beside it says who it is: the picture itself is not announced twice
        assertThat(bar).contains("alt=\"\">Bar Reader</a>");
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        String email = signedInReader("forged", "Forged Reader");

        HttpResponse<String> forged =
                Uploads.send(browser, port, "/en/account/avatar", null, "a.jpg", TestPictures.jpeg(100, 100));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(avatarOf(email)).isNull();
    }

    @Test
    void theExportNamesThePictureAndThePurgeErasesItsFiles() throws IOException {
        String email = signedInReader("purged", "Purged Reader");
        String page = browser.get("/en/account").body();
        Uploads.avatar(browser, port, page, "me.jpg", TestPictures.jpeg(300, 300));
        String avatar = avatarOf(email);

        var export = JsonMapper.builder()
                .build()
                .readTree(browser.get("/en/account/export.json").body());
        assertThat(export.get("avatar").asString()).isEqualTo("/media/avatars/" + avatar + "/256.jpg");

        String deletePage = browser.get("/en/account/delete").body();
        browser.post("/en/account/delete", deletePage, Map.of());
        assertThat(filesOf(avatar)).as("kept while the account can be restored").hasSize(2);
        jdbc.sql("update account set deactivated_at = ? where email = ?")
                .params(Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), email)
                .update();

        purge.purge();

        assertThat(accountsWith(email)).isZero();
        assertThat(Path.of(MEDIA_ROOT, "avatars", avatar)).doesNotExist();
    }

    private String signedInReader(String name, String displayName) {
        String email = uniqueEmail(name);
        registerConfirmed(email, displayName);
        logInAs(email, PASSWORD);
        return email;
    }

    private String avatarOf(String email) {
        return jdbc.sql("select avatar from account where email = ?")
                .param(email)
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
    }

    private static String pictureOn(String page) {
        Matcher picture = PICTURE.matcher(page);
        assertThat(picture.find()).as("the avatar on the page").isTrue();
        return picture.group(1);
    }

    private HttpResponse<byte[]> bytes(String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<Path> filesOf(String avatar) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(MEDIA_ROOT, "avatars", avatar))) {
            return files.toList();
        }
    }

    /** Reads one HTTP response by its Content-Length, without waiting for the connection to close. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }

    private static long storedFiles() throws IOException {
        Path root = Path.of(MEDIA_ROOT);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
