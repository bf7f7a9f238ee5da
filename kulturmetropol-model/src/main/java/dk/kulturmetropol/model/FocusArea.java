package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A focus area (indsatsområde) and its home municipality (hjemkommune).
 *
 * @param id   kebab-case id, e.g. {@code music}
 * @param name its name, e.g. {@code Musikindsatsen}
 * @param home the id of the partner that leads it, e.g. {@code roskilde}
 */
public record FocusArea(String id, String name, String home) {
    public FocusArea {
        ActorRef.requireId(id, "focus area id");
        Objects.requireNonNull(name, "focus area name");
        ActorRef.requireId(home, "home municipality of focus area '" + id + "'");
    }
}
