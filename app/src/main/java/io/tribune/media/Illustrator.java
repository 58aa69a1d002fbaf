package io.tribune.media;

import io.tribune.media.Illustration.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Draws an illustration as a flat, poster-like picture: a sky in the palette's light, then the
 * scene's shapes, varied by the seed. Everything is drawn on a 1440x810 canvas and scaled.
 */
final class Illustrator {

    private static final int W = Images.BASE_WIDTH;
    private static final int H = Images.BASE_HEIGHT;

    BufferedImage draw(Illustration illustration, int width) {
        int height = Math.round((float) H * width / W);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale((double) width / W, (double) height / H);
            Light light = Light.of(illustration.palette());
            SplittableRandom random = new SplittableRandom(
                    illustration.seed() * 31 + illustration.scene().ordinal());
            sky(g, light, random, illustration.scene() == Illustration.Scene.SPACE);
            switch (illustration.scene()) {
                case CITY -> city(g, light, random, 0.55);
                case HARBOUR -> harbour(g, light, random);
                case MOUNTAINS -> mountains(g, light, random);
                case PARLIAMENT -> parliament(g, light, random);
                case STADIUM -> stadium(g, light, random);
                case LABORATORY -> laboratory(g, light, random);
                case FOREST -> forest(g, light, random);
                case DESERT -> desert(g, light, random);
                case MARKET -> market(g, light, random);
                case AIRPORT -> airport(g, light, random);
                case RIVER -> river(g, light, random);
                case FACTORY -> factory(g, light, random);
                case CONCERT -> concert(g, light, random);
                case FIELD -> field(g, light, random);
                case SNOW -> snow(g, light, random);
                case COAST -> coast(g, light, random);
                case SPACE -> space(g, light, random);
                case COURTROOM -> courtroom(g, light, random);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The colours of one time of day. */
    private record Light(
            Color skyTop, Color skyBottom, Color sun, Color far, Color near, Color accent, boolean isNight) {
        static Light of(Palette palette) {
            return switch (palette) {
                case DAWN ->
                    new Light(
                            rgb(0x3b4a7a),
                            rgb(0xf4a88a),
                            rgb(0xffe2a8),
                            rgb(0x6a5a7e),
                            rgb(0x2f2a45),
                            rgb(0xf6c453),
                            false);
                case DAY ->
                    new Light(
                            rgb(0x3d8fd6),
                            rgb(0xbfe3f7),
                            rgb(0xfff6c9),
                            rgb(0x7f9fb8),
                            rgb(0x3c5468),
                            rgb(0xe8533c),
                            false);
                case DUSK ->
                    new Light(
                            rgb(0x2a1f4f),
                            rgb(0xe7765a),
                            rgb(0xffc27a),
                            rgb(0x5b3a5e),
                            rgb(0x24172f),
                            rgb(0xffb347),
                            false);
                case NIGHT ->
                    new Light(
                            rgb(0x070b1f),
                            rgb(0x1f2f5c),
                            rgb(0xe9ecf5),
                            rgb(0x253256),
                            rgb(0x0d1226),
                            rgb(0xffd36b),
                            true);
            };
        }
    }

    private static Color rgb(int value) {
        return new Color(value);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) (a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static void sky(Graphics2D g, Light light, SplittableRandom r, boolean isSpace) {
        Color top = isSpace ? rgb(0x02030a) : light.skyTop();
        Color bottom = isSpace ? rgb(0x151a3a) : light.skyBottom();
        g.setPaint(new GradientPaint(0, 0, top, 0, H, bottom));
        g.fill(new Rectangle2D.Double(0, 0, W, H));
        if (light.isNight() || isSpace) {
            g.setColor(new Color(255, 255, 255, 200));
            for (int i = 0; i < 160; i++) {
                double s = r.nextDouble(1, 3.2);
                g.fill(new Ellipse2D.Double(r.nextDouble(W), r.nextDouble(H * 0.7), s, s));
            }
        }
        if (!isSpace) {
            double x = r.nextDouble(W * 0.15, W * 0.85);
            double y = r.nextDouble(H * 0.12, H * 0.35);
            g.setColor(new Color(
                    light.sun().getRed(), light.sun().getGreen(), light.sun().getBlue(), 60));
            g.fill(new Ellipse2D.Double(x - 110, y - 110, 220, 220));
            g.setColor(light.sun());
            g.fill(new Ellipse2D.Double(x - 60, y - 60, 120, 120));
        }
    }

    private static void ground(Graphics2D g, Color color, double top) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(0, top, W, H - top));
    }

    private static void water(Graphics2D g, Light light, double top) {
        g.setPaint(new GradientPaint(0, (float) top, mix(light.skyBottom(), light.far(), 0.5), 0, H, light.near()));
        g.fill(new Rectangle2D.Double(0, top, W, H - top));
        g.setColor(new Color(255, 255, 255, 50));
        g.setStroke(new BasicStroke(3));
        for (double y = top + 20; y < H; y += 28) {
            g.drawLine(80, (int) y, W - 80, (int) y);
        }
    }

    private static void city(Graphics2D g, Light light, SplittableRandom r, double base) {
        for (int layer = 0; layer < 2; layer++) {
            Color c = layer == 0 ? light.far() : light.near();
            double x = -20;
            while (x < W) {
                double w = r.nextDouble(60, 150);
                double h = r.nextDouble(H * 0.15, H * (layer == 0 ? 0.5 : 0.4));
                double top = H * (base + 0.35) - h - layer * 40;
                g.setColor(c);
                g.fill(new Rectangle2D.Double(x, top, w, H - top));
                windows(g, light, r, x, top, w, layer);
                x += w + r.nextDouble(4, 20);
            }
        }
    }

    private static void windows(
            Graphics2D g, Light light, SplittableRandom r, double x, double top, double w, int layer) {
        Color lit = light.isNight() ? light.accent() : mix(light.skyBottom(), Color.WHITE, 0.3);
        for (double wy = top + 14; wy < H - 20; wy += 26) {
            for (double wx = x + 10; wx < x + w - 16; wx += 22) {
                if (r.nextDouble() < (light.isNight() ? 0.45 : 0.25)) {
                    g.setColor(new Color(lit.getRed(), lit.getGreen(), lit.getBlue(), layer == 0 ? 120 : 200));
                    g.fill(new Rectangle2D.Double(wx, wy, 9, 13));
                }
            }
        }
    }

    private static void ridge(Graphics2D g, Color color, SplittableRandom r, double base, double amplitude, int peaks) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, H);
        path.lineTo(0, base);
        for (int i = 0; i <= peaks; i++) {
            double x = (double) W * i / peaks;
            double y = base - r.nextDouble(amplitude * 0.3, amplitude);
            path.lineTo(x - W / (peaks * 2.0), y);
            path.lineTo(x, base - r.nextDouble(0, amplitude * 0.3));
        }
        path.lineTo(W, H);
        path.closePath();
        g.setColor(color);
        g.fill(path);
    }

    private static void hills(Graphics2D g, Color color, SplittableRandom r, double base, double amplitude) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, H);
        path.lineTo(0, base);
        double phase = r.nextDouble(Math.PI * 2);
        for (int x = 0; x <= W; x += 20) {
            path.lineTo(x, base - amplitude * (0.5 + 0.5 * Math.sin(phase + x / 260.0)));
        }
        path.lineTo(W, H);
        path.closePath();
        g.setColor(color);
        g.fill(path);
    }

    private static void harbour(Graphics2D g, Light light, SplittableRandom r) {
        city(g, light, r, 0.3);
        water(g, light, H * 0.68);
        g.setColor(light.near());
        for (int i = 0; i < 3; i++) {
            double x = 140 + i * 420 + r.nextDouble(60);
            g.setStroke(new BasicStroke(10));
            g.drawLine((int) x, (int) (H * 0.68), (int) x, (int) (H * 0.3));
            g.drawLine((int) x - 40, (int) (H * 0.33), (int) x + 220, (int) (H * 0.33));
            g.setStroke(new BasicStroke(3));
            g.drawLine((int) x + 180, (int) (H * 0.33), (int) x + 180, (int) (H * 0.5));
        }
        for (int i = 0; i < 2; i++) {
            double x = 200 + i * 600 + r.nextDouble(100);
            double y = H * 0.74 + i * 50;
            Polygon hull = new Polygon(
                    new int[] {(int) x, (int) x + 420, (int) x + 380, (int) x + 30},
                    new int[] {(int) y, (int) y, (int) y + 60, (int) y + 60},
                    4);
            g.setColor(light.near());
            g.fill(hull);
            Color[] boxes = {light.accent(), mix(light.accent(), light.far(), 0.5), light.far()};
            for (int b = 0; b < 8; b++) {
                g.setColor(boxes[r.nextInt(boxes.length)]);
                g.fill(new Rectangle2D.Double(x + 40 + b * 42, y - 34 - (b % 2) * 30, 40, 32));
            }
        }
    }

    private static void mountains(Graphics2D g, Light light, SplittableRandom r) {
        ridge(g, mix(light.far(), light.skyBottom(), 0.4), r, H * 0.62, H * 0.45, 4);
        ridge(g, light.far(), r, H * 0.75, H * 0.35, 6);
        g.setColor(new Color(255, 255, 255, 170));
        hills(g, light.near(), r, H * 0.92, H * 0.12);
    }

    private static void parliament(Graphics2D g, Light light, SplittableRandom r) {
        ground(g, light.near(), H * 0.82);
        Color stone = mix(light.far(), light.skyBottom(), 0.35);
        g.setColor(stone);
        g.fill(new Rectangle2D.Double(W * 0.18, H * 0.5, W * 0.64, H * 0.32));
        g.fill(new Rectangle2D.Double(W * 0.38, H * 0.36, W * 0.24, H * 0.16));
        g.fill(new Arc2D.Double(W * 0.4, H * 0.2, W * 0.2, H * 0.34, 0, 180, Arc2D.PIE));
        g.setColor(light.near());
        g.fillRect((int) (W * 0.495), (int) (H * 0.12), 14, 70);
        Polygon pediment = new Polygon(
                new int[] {(int) (W * 0.16), (int) (W * 0.5), (int) (W * 0.84)},
                new int[] {(int) (H * 0.5), (int) (H * 0.4), (int) (H * 0.5)},
                3);
        g.setColor(mix(stone, Color.WHITE, 0.2));
        g.fill(pediment);
        g.setColor(mix(stone, light.near(), 0.45));
        for (int i = 0; i < 12; i++) {
            g.fill(new Rectangle2D.Double(W * 0.21 + i * W * 0.05, H * 0.53, 18, H * 0.27));
        }
        g.setColor(light.accent());
        g.fill(new Rectangle2D.Double(W * 0.5 + 14, H * 0.12, 60, 36));
    }

    private static void stadium(Graphics2D g, Light light, SplittableRandom r) {
        ground(g, light.near(), H * 0.7);
        g.setColor(light.far());
        g.fill(new Ellipse2D.Double(W * 0.08, H * 0.38, W * 0.84, H * 0.5));
        g.setColor(mix(rgb(0x2f8f4e), light.near(), light.isNight() ? 0.5 : 0.1));
        g.fill(new Ellipse2D.Double(W * 0.2, H * 0.5, W * 0.6, H * 0.28));
        g.setColor(new Color(255, 255, 255, 180));
        g.setStroke(new BasicStroke(4));
        g.draw(new Ellipse2D.Double(W * 0.45, H * 0.58, W * 0.1, H * 0.12));
        g.drawLine(W / 2, (int) (H * 0.5), W / 2, (int) (H * 0.78));
        for (int i = 0; i < 4; i++) {
            double x = W * (0.12 + i * 0.25);
            g.setColor(light.near());
            g.fillRect((int) x, (int) (H * 0.12), 12, (int) (H * 0.45));
            g.setColor(light.accent());
            g.fill(new Rectangle2D.Double(x - 30, H * 0.1, 72, 26));
        }
        g.setColor(new Color(0, 0, 0, 60));
        for (int i = 0; i < 300; i++) {
            g.fill(new Ellipse2D.Double(r.nextDouble(W * 0.1, W * 0.9), r.nextDouble(H * 0.4, H * 0.5), 6, 6));
        }
    }

    private static void laboratory(Graphics2D g, Light light, SplittableRandom r) {
        g.setColor(mix(light.skyBottom(), Color.WHITE, 0.6));
        g.fill(new Rectangle2D.Double(0, 0, W, H));
        g.setColor(mix(light.far(), Color.WHITE, 0.3));
        g.fill(new Rectangle2D.Double(0, H * 0.66, W, H * 0.34));
        g.setColor(light.near());
        g.fill(new Rectangle2D.Double(0, H * 0.62, W, 24));
        Color[] liquids = {light.accent(), rgb(0x3fb6a8), rgb(0x7a6fd6), rgb(0xe86a92)};
        for (int i = 0; i < 7; i++) {
            double x = 110 + i * 180 + r.nextDouble(30);
            double h = r.nextDouble(120, 220);
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(new Rectangle2D.Double(x, H * 0.62 - h, 70, h));
            g.setColor(liquids[r.nextInt(liquids.length)]);
            g.fill(new Rectangle2D.Double(x, H * 0.62 - h * r.nextDouble(0.3, 0.7), 70, h * 0.4));
            g.setColor(light.near());
            g.setStroke(new BasicStroke(4));
            g.draw(new Rectangle2D.Double(x, H * 0.62 - h, 70, h));
        }
        g.setColor(light.far());
        g.fill(new Rectangle2D.Double(W * 0.12, H * 0.1, W * 0.76, 16));
    }

    private static void tree(Graphics2D g, Color color, double x, double base, double size) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x - size * 0.06, base - size * 0.3, size * 0.12, size * 0.3));
        for (int i = 0; i < 3; i++) {
            double w = size * (0.8 - i * 0.2);
            double top = base - size * (0.3 + i * 0.3) - size * 0.4;
            g.fill(new Polygon(
                    new int[] {(int) (x - w / 2), (int) x, (int) (x + w / 2)},
                    new int[] {(int) (top + size * 0.5), (int) top, (int) (top + size * 0.5)},
                    3));
        }
    }

    private static void forest(Graphics2D g, Light light, SplittableRandom r) {
        hills(g, light.far(), r, H * 0.7, H * 0.12);
        for (int i = 0; i < 26; i++) {
            tree(g, mix(light.far(), rgb(0x1f4d33), 0.5), r.nextDouble(W), H * 0.78, r.nextDouble(120, 200));
        }
        hills(g, light.near(), r, H * 0.9, H * 0.08);
        for (int i = 0; i < 12; i++) {
            tree(g, mix(light.near(), rgb(0x123524), 0.5), r.nextDouble(W), H * 0.98, r.nextDouble(220, 320));
        }
    }

    private static void desert(Graphics2D g, Light light, SplittableRandom r) {
        Color sand = mix(rgb(0xd9a55b), light.near(), light.isNight() ? 0.6 : 0.15);
        hills(g, mix(sand, light.skyBottom(), 0.3), r, H * 0.66, H * 0.1);
        hills(g, sand, r, H * 0.8, H * 0.14);
        hills(g, mix(sand, light.near(), 0.3), r, H * 0.95, H * 0.1);
        double x = r.nextDouble(W * 0.2, W * 0.8);
        g.setColor(mix(rgb(0x2e5e3a), light.near(), 0.4));
        g.fill(new Rectangle2D.Double(x, H * 0.58, 22, 130));
        g.fill(new Rectangle2D.Double(x - 40, H * 0.62, 16, 50));
        g.fill(new Rectangle2D.Double(x - 40, H * 0.66, 50, 14));
        g.fill(new Rectangle2D.Double(x + 40, H * 0.6, 16, 44));
        g.fill(new Rectangle2D.Double(x + 14, H * 0.66, 40, 14));
    }

    private static void market(Graphics2D g, Light light, SplittableRandom r) {
        city(g, light, r, 0.25);
        ground(g, mix(light.near(), light.far(), 0.4), H * 0.72);
        Color[] stripes = {light.accent(), rgb(0x2a9d8f), rgb(0xe76f51), rgb(0xf4f1de)};
        for (int i = 0; i < 5; i++) {
            double x = 40 + i * 285;
            Color a = stripes[r.nextInt(stripes.length)];
            for (int s = 0; s < 6; s++) {
                g.setColor(s % 2 == 0 ? a : Color.WHITE);
                g.fill(new Rectangle2D.Double(x + s * 42, H * 0.5, 42, 60));
            }
            g.setColor(light.near());
            g.fill(new Rectangle2D.Double(x + 6, H * 0.5 + 60, 10, 150));
            g.fill(new Rectangle2D.Double(x + 236, H * 0.5 + 60, 10, 150));
            g.setColor(mix(light.near(), light.accent(), 0.3));
            g.fill(new Rectangle2D.Double(x, H * 0.72, 252, 60));
            for (int f = 0; f < 9; f++) {
                g.setColor(stripes[r.nextInt(stripes.length)]);
                g.fill(new Ellipse2D.Double(x + 10 + f * 26, H * 0.7, 24, 24));
            }
        }
    }

    private static void airport(Graphics2D g, Light light, SplittableRandom r) {
        ground(g, mix(light.near(), light.far(), 0.5), H * 0.7);
        g.setColor(light.near());
        g.fill(new Polygon(new int[] {0, W, W, 0}, new int[] {(int) (H * 0.82), (int) (H * 0.78), H, H}, 4));
        g.setColor(new Color(255, 255, 255, 160));
        for (int x = 40; x < W; x += 140) {
            g.fill(new Rectangle2D.Double(x, H * 0.88, 80, 8));
        }
        g.setColor(light.far());
        g.fill(new Rectangle2D.Double(W * 0.82, H * 0.3, 40, H * 0.4));
        g.fill(new Rectangle2D.Double(W * 0.8, H * 0.26, 100, 50));
        double px = r.nextDouble(W * 0.2, W * 0.5);
        double py = r.nextDouble(H * 0.25, H * 0.4);
        g.setColor(mix(Color.WHITE, light.far(), 0.25));
        g.fill(new Ellipse2D.Double(px, py, 360, 48));
        g.fill(new Polygon(
                new int[] {(int) px + 140, (int) px + 240, (int) px + 150},
                new int[] {(int) py + 24, (int) py + 24, (int) py + 140},
                3));
        g.fill(new Polygon(
                new int[] {(int) px + 10, (int) px + 60, (int) px + 20},
                new int[] {(int) py + 20, (int) py + 20, (int) py - 50},
                3));
    }

    private static void river(Graphics2D g, Light light, SplittableRandom r) {
        hills(g, light.far(), r, H * 0.6, H * 0.12);
        ground(g, mix(light.near(), rgb(0x3c6e47), 0.3), H * 0.62);
        Path2D.Double stream = new Path2D.Double();
        stream.moveTo(W * 0.45, H * 0.62);
        stream.curveTo(W * 0.3, H * 0.75, W * 0.7, H * 0.85, W * 0.2, H);
        stream.lineTo(W * 0.75, H);
        stream.curveTo(W * 0.95, H * 0.85, W * 0.5, H * 0.75, W * 0.55, H * 0.62);
        stream.closePath();
        g.setPaint(new GradientPaint(0, (float) (H * 0.62), light.skyBottom(), 0, H, light.far()));
        g.fill(stream);
        g.setColor(light.near());
        g.setStroke(new BasicStroke(14));
        g.draw(new Arc2D.Double(W * 0.25, H * 0.62, W * 0.5, H * 0.3, 0, 180, Arc2D.OPEN));
        g.fill(new Rectangle2D.Double(W * 0.2, H * 0.75, W * 0.6, 18));
    }

    private static void factory(Graphics2D g, Light light, SplittableRandom r) {
        ground(g, light.near(), H * 0.78);
        g.setColor(light.far());
        for (int i = 0; i < 4; i++) {
            double x = 80 + i * 330;
            g.fill(new Rectangle2D.Double(x, H * 0.5, 300, H * 0.28));
            g.fill(new Polygon(
                    new int[] {(int) x, (int) x + 100, (int) x + 100, (int) x + 200, (int) x + 200, (int) x + 300},
                    new int[] {
                        (int) (H * 0.5),
                        (int) (H * 0.42),
                        (int) (H * 0.5),
                        (int) (H * 0.42),
                        (int) (H * 0.5),
                        (int) (H * 0.42)
                    },
                    6));
        }
        for (int i = 0; i < 3; i++) {
            double x = 260 + i * 380 + r.nextDouble(40);
            g.setColor(light.near());
            g.fill(new Rectangle2D.Double(x, H * 0.2, 36, H * 0.3));
            g.setColor(new Color(220, 220, 230, 110));
            for (int p = 0; p < 5; p++) {
                double s = 40 + p * 18;
                g.fill(new Ellipse2D.Double(x + p * 30 - s / 4, H * 0.2 - 30 - p * 34, s, s));
            }
        }
    }

    private static void concert(Graphics2D g, Light light, SplittableRandom r) {
        g.setColor(rgb(0x0c0a16));
        g.fill(new Rectangle2D.Double(0, 0, W, H));
        Color[] beams = {light.accent(), rgb(0x5bc0eb), rgb(0xe84393), rgb(0x9bde7e)};
        for (int i = 0; i < 6; i++) {
            Color c = beams[r.nextInt(beams.length)];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
            double x = 120 + i * 240;
            g.fill(new Polygon(
                    new int[] {(int) x, (int) (x - 200 + r.nextDouble(400)), (int) (x + 80 + r.nextDouble(200))},
                    new int[] {0, (int) (H * 0.62), (int) (H * 0.62)},
                    3));
        }
        g.setColor(rgb(0x2a2540));
        g.fill(new Rectangle2D.Double(W * 0.1, H * 0.55, W * 0.8, H * 0.1));
        g.setColor(rgb(0x050409));
        for (int i = 0; i < 70; i++) {
            double x = r.nextDouble(W);
            double y = H * 0.72 + r.nextDouble(H * 0.2);
            g.fill(new Ellipse2D.Double(x, y, 44, 44));
            g.fill(new Rectangle2D.Double(x - 6, y + 36, 56, 200));
        }
    }

    private static void field(Graphics2D g, Light light, SplittableRandom r) {
        hills(g, light.far(), r, H * 0.58, H * 0.06);
        Color crop = mix(rgb(0xe0b74a), light.near(), light.isNight() ? 0.6 : 0.1);
        ground(g, crop, H * 0.6);
        g.setColor(mix(crop, light.near(), 0.35));
        g.setStroke(new BasicStroke(5));
        for (int i = -12; i <= 12; i++) {
            g.drawLine(W / 2 + i * 18, (int) (H * 0.6), W / 2 + i * 150, H);
        }
        double x = r.nextDouble(W * 0.1, W * 0.6);
        g.setColor(light.accent());
        g.fill(new Rectangle2D.Double(x, H * 0.66, 140, 60));
        g.fill(new Rectangle2D.Double(x + 80, H * 0.6, 60, 50));
        g.setColor(light.near());
        g.fill(new Ellipse2D.Double(x - 10, H * 0.7, 70, 70));
        g.fill(new Ellipse2D.Double(x + 100, H * 0.73, 48, 48));
    }

    private static void snow(Graphics2D g, Light light, SplittableRandom r) {
        ridge(g, mix(light.far(), Color.WHITE, 0.5), r, H * 0.65, H * 0.35, 5);
        hills(g, mix(Color.WHITE, light.skyBottom(), 0.25), r, H * 0.82, H * 0.12);
        for (int i = 0; i < 10; i++) {
            tree(g, mix(light.near(), rgb(0x1d3b2d), 0.5), r.nextDouble(W), H * 0.9, r.nextDouble(110, 190));
        }
        hills(g, mix(Color.WHITE, light.skyBottom(), 0.1), r, H * 0.96, H * 0.06);
        g.setColor(new Color(255, 255, 255, 210));
        for (int i = 0; i < 220; i++) {
            double s = r.nextDouble(3, 8);
            g.fill(new Ellipse2D.Double(r.nextDouble(W), r.nextDouble(H), s, s));
        }
    }

    private static void coast(Graphics2D g, Light light, SplittableRandom r) {
        water(g, light, H * 0.6);
        g.setColor(light.near());
        Path2D.Double cliff = new Path2D.Double();
        cliff.moveTo(W, H);
        cliff.lineTo(W * 0.62, H);
        cliff.lineTo(W * 0.68, H * 0.62);
        cliff.lineTo(W * 0.74, H * 0.48);
        cliff.lineTo(W, H * 0.42);
        cliff.closePath();
        g.fill(cliff);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(W * 0.82, H * 0.2, 44, H * 0.24));
        g.setColor(light.accent());
        g.fill(new Rectangle2D.Double(W * 0.82, H * 0.28, 44, 20));
        g.fill(new Rectangle2D.Double(W * 0.815, H * 0.17, 56, 26));
        if (light.isNight()) {
            g.setColor(new Color(255, 230, 150, 60));
            g.fill(new Polygon(
                    new int[] {(int) (W * 0.84), 0, 0},
                    new int[] {(int) (H * 0.18), (int) (H * 0.05), (int) (H * 0.3)},
                    3));
        }
        double sx = r.nextDouble(W * 0.1, W * 0.45);
        g.setColor(Color.WHITE);
        g.fill(new Polygon(
                new int[] {(int) sx, (int) sx + 70, (int) sx},
                new int[] {(int) (H * 0.68), (int) (H * 0.68), (int) (H * 0.5)},
                3));
        g.setColor(light.near());
        g.fill(new Rectangle2D.Double(sx - 40, H * 0.68, 140, 18));
    }

    private static void space(Graphics2D g, Light light, SplittableRandom r) {
        double px = r.nextDouble(W * 0.55, W * 0.8);
        g.setPaint(
                new GradientPaint((float) px, (float) (H * 0.5), light.accent(), (float) (px + 300), H, rgb(0x3a2a6a)));
        g.fill(new Ellipse2D.Double(px, H * 0.45, 420, 420));
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(px - 80, H * 0.62, 580, 90));
        double cx = r.nextDouble(W * 0.1, W * 0.4);
        double cy = r.nextDouble(H * 0.15, H * 0.35);
        g.setPaint(new GradientPaint(
                (float) cx,
                (float) cy,
                new Color(255, 255, 255, 0),
                (float) (cx + 320),
                (float) (cy + 120),
                Color.WHITE));
        g.fill(new Polygon(
                new int[] {(int) cx, (int) cx + 320, (int) cx + 300},
                new int[] {(int) cy, (int) cy + 110, (int) cy + 140},
                3));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx + 296, cy + 108, 34, 34));
    }

    private static void courtroom(Graphics2D g, Light light, SplittableRandom r) {
        Color wood = mix(rgb(0x7a4b2a), light.near(), light.isNight() ? 0.5 : 0.15);
        g.setColor(mix(light.skyBottom(), Color.WHITE, 0.55));
        g.fill(new Rectangle2D.Double(0, 0, W, H));
        g.setColor(mix(light.far(), Color.WHITE, 0.2));
        for (int i = 0; i < 6; i++) {
            g.fill(new Rectangle2D.Double(80 + i * 240, 0, 60, H * 0.7));
        }
        g.setColor(wood);
        g.fill(new Rectangle2D.Double(W * 0.2, H * 0.45, W * 0.6, H * 0.25));
        g.fill(new Rectangle2D.Double(0, H * 0.7, W, H * 0.3));
        g.setColor(mix(wood, Color.BLACK, 0.3));
        g.fill(new Rectangle2D.Double(W * 0.2, H * 0.45, W * 0.6, 16));
        double x = W * 0.5;
        g.setColor(light.accent());
        g.setStroke(new BasicStroke(6));
        g.drawLine((int) x, (int) (H * 0.12), (int) x, (int) (H * 0.4));
        g.drawLine((int) x - 120, (int) (H * 0.16), (int) x + 120, (int) (H * 0.16));
        g.fill(new Arc2D.Double(x - 170, H * 0.16, 100, 70, 180, 180, Arc2D.CHORD));
        g.fill(new Arc2D.Double(x + 70, H * 0.16 + r.nextDouble(10), 100, 70, 180, 180, Arc2D.CHORD));
    }
}
