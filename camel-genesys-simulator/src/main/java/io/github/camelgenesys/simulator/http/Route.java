package io.github.camelgenesys.simulator.http;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One endpoint: method, path template (with {param} placeholders), the permissions of which ANY grants access
 * (empty = an authenticated token is enough), and its handler.
 */
public record Route(String method, String template, Pattern pattern, List<String> anyPermissions, Handler handler) {

    public static Route of(String method, String template, List<String> anyPermissions, Handler handler) {
        String regex = template.replaceAll("\\{[^/]+}", "([^/]+)");
        return new Route(method, template, Pattern.compile(regex), anyPermissions, handler);
    }

    /** Name used in the stats, e.g. {@code GET /api/v2/recording/jobs/{jobId}}. */
    public String endpoint() {
        return method + " " + template;
    }
}
