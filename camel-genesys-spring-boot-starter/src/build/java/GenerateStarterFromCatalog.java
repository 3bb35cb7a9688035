import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.apache.camel.tooling.model.JsonMapper;

/**
 * Build step of camel-genesys-spring-boot-starter (run by exec-maven-plugin in generate-sources, as a single-file
 * Java program with the module's compile classpath). Reads the catalog of the genesys component on the classpath
 * and writes
 * <ul>
 * <li>{@code GenesysComponentConfiguration.java}: one Spring Boot property per component option, and</li>
 * <li>{@code META-INF/spring-configuration-metadata.json}: what IDEs complete and document, with the catalog's
 * defaults, allowed values and secret marks.</li>
 * </ul>
 * So the starter cannot miss an option: a new {@code @UriParam} appears in both on the next build. An option whose
 * Java type is not mapped below stops the build with a message naming it.
 * <p>
 * Arguments: the folder for generated sources, the folder for generated resources.
 */
public class GenerateStarterFromCatalog {
    static final String SCHEME = "genesys";
    static final String PREFIX = "camel.component." + SCHEME;
    static final String PACKAGE = "io.github.camelgenesys.springboot";
    static final String CLASS = "GenesysComponentConfiguration";
    static final String SUPER_CLASS = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon";
    static final String SECRET_NOTE =
            " This option is a secret: keep its value out of files (e.g. ${GENESYS_CLIENT_SECRET});"
                    + " the starter masks it in the actuator's configprops and env endpoints.";

    public static void main(String[] args) throws IOException {
        ComponentModel model = readCatalog();
        Path sources = Path.of(args[0]);
        Path resources = Path.of(args[1]);
        writeIfChanged(sources.resolve(PACKAGE.replace('.', '/')).resolve(CLASS + ".java"), javaSource(model));
        writeIfChanged(resources.resolve("META-INF/spring-configuration-metadata.json"), metadata(model));
    }

    /** The catalog the component's build generated: its location follows from the component's service descriptor. */
    static ComponentModel readCatalog() throws IOException {
        ClassLoader cl = GenerateStarterFromCatalog.class.getClassLoader();
        Properties service = new Properties();
        try (InputStream in = cl.getResourceAsStream("META-INF/services/org/apache/camel/component/" + SCHEME)) {
            if (in == null) {
                throw new IllegalStateException("component '" + SCHEME + "' is not on the classpath; its catalog is"
                        + " generated in the component's process-classes phase, so build at least that far"
                        + " (e.g. mvn -pl camel-genesys-spring-boot-starter -am test)");
            }
            service.load(in);
        }
        String componentClass = service.getProperty("class");
        String catalog = "META-INF/"
                + componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/') + "/" + SCHEME
                + ".json";
        try (InputStream in = cl.getResourceAsStream(catalog)) {
            if (in == null) {
                throw new IllegalStateException("catalog " + catalog + " is not on the classpath");
            }
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The Java type of the Spring Boot property for a component option. */
    static String propertyType(ComponentOptionModel option) {
        switch (option.getJavaType()) {
            case "int", "java.lang.Integer":
                return "java.lang.Integer";
            case "long", "java.lang.Long":
                return "java.lang.Long";
            case "boolean", "java.lang.Boolean":
                return "java.lang.Boolean";
            case "java.lang.String":
                return "java.lang.String";
            case "java.time.Duration":
                return "java.time.Duration";
            default:
                if ("enum".equals(option.getType())) {
                    return "java.lang.String"; // the allowed values are in the metadata's hints; Camel converts
                }
                if ("object".equals(option.getType())) {
                    return "java.lang.String"; // a bean reference, #bean:name
                }
                throw new IllegalStateException("option '" + option.getName() + "' has the Java type "
                        + option.getJavaType() + ", which GenerateStarterFromCatalog.propertyType does not map");
        }
    }

    static String description(ComponentOptionModel option) {
        StringBuilder text = new StringBuilder(option.getDescription().trim());
        if ("object".equals(option.getType())) {
            text.append(" The value is a reference to a bean of type ")
                    .append(option.getJavaType())
                    .append(" in the registry: #bean:name.");
        }
        if (option.isSecret()) {
            text.append(SECRET_NOTE);
        }
        return text.toString();
    }

    static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String javadoc(String text, String indent) {
        String escaped = text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("*/", "*&#47;");
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() > 100) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.append(indent).append(" * ").append(line).append('\n');
        return out.append(indent).append(" */\n").toString();
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String javaSource(ComponentModel model) {
        StringBuilder java = new StringBuilder();
        java.append(
                "// Generated from the catalog of the genesys component by src/build/java/GenerateStarterFromCatalog.java:"
                        + " do not edit.\n");
        java.append("package ").append(PACKAGE).append(";\n\n");
        java.append("import java.util.LinkedHashMap;\nimport java.util.List;\nimport java.util.Map;\n");
        java.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        java.append(javadoc(
                model.getDescription() + " Options of the component (camel.component." + SCHEME
                        + ".*), the defaults of every " + SCHEME + ": endpoint. A property that is not set leaves the"
                        + " component's default.",
                ""));
        java.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n");
        java.append("public class ")
                .append(CLASS)
                .append(" extends ")
                .append(SUPER_CLASS)
                .append(" {\n\n");
        List<String> secrets = new ArrayList<>();
        for (ComponentOptionModel option : model.getComponentOptions()) {
            if (option.isSecret()) {
                secrets.add("\"" + option.getName() + "\"");
            }
        }
        java.append("    /** The component options that are secrets (catalog names). */\n");
        java.append("    public static final List<String> SECRET_OPTIONS = List.of(")
                .append(String.join(", ", secrets))
                .append(");\n\n");
        for (ComponentOptionModel option : model.getComponentOptions()) {
            java.append(javadoc(description(option), "    "));
            if (option.isDeprecated()) {
                java.append("    @Deprecated\n");
            }
            java.append("    private ")
                    .append(propertyType(option))
                    .append(' ')
                    .append(option.getName())
                    .append(";\n\n");
        }
        for (ComponentOptionModel option : model.getComponentOptions()) {
            String type = propertyType(option);
            String name = option.getName();
            java.append("    public ")
                    .append(type)
                    .append(" get")
                    .append(capitalized(name))
                    .append("() {\n");
            java.append("        return ").append(name).append(";\n    }\n\n");
            java.append("    public void set")
                    .append(capitalized(name))
                    .append('(')
                    .append(type)
                    .append(' ')
                    .append(name)
                    .append(") {\n");
            java.append("        this.").append(name).append(" = ").append(name).append(";\n    }\n\n");
        }
        java.append("    /** The options that are set, by the component's option names, in the catalog's order. */\n");
        java.append("    public Map<String, Object> componentOptions() {\n");
        java.append("        Map<String, Object> options = new LinkedHashMap<>();\n");
        for (ComponentOptionModel option : model.getComponentOptions()) {
            java.append("        if (").append(option.getName()).append(" != null) {\n");
            java.append("            options.put(\"")
                    .append(option.getName())
                    .append("\", ")
                    .append(option.getName())
                    .append(");\n        }\n");
        }
        java.append("        return options;\n    }\n}\n");
        return java.toString();
    }

    static String metadata(ComponentModel model) throws IOException {
        String sourceType = PACKAGE + "." + CLASS;
        List<Object> properties = new ArrayList<>();
        List<Object> hints = new ArrayList<>();
        properties.add(property(
                PREFIX + ".enabled",
                "java.lang.Boolean",
                "Whether to enable auto configuration of the " + SCHEME + " component. This is enabled by default.",
                sourceType,
                true));
        properties.add(property(
                PREFIX + ".customizer.enabled",
                "java.lang.Boolean",
                "Whether the starter applies the camel.component." + SCHEME + ".* options to the component.",
                sourceType,
                true));
        for (ComponentOptionModel option : model.getComponentOptions()) {
            String name = PREFIX + "." + dashed(option.getName());
            Map<String, Object> property =
                    property(name, propertyType(option), description(option), sourceType, option.getDefaultValue());
            if (option.isDeprecated()) {
                Map<String, Object> deprecation = new LinkedHashMap<>();
                deprecation.put("level", "warning");
                if (option.getDeprecationNote() != null
                        && !option.getDeprecationNote().isBlank()) {
                    deprecation.put("reason", option.getDeprecationNote());
                }
                property.put("deprecation", deprecation);
            }
            properties.add(property);
            if (option.getEnums() != null && !option.getEnums().isEmpty()) {
                List<Object> values = new ArrayList<>();
                option.getEnums().forEach(v -> values.add(Map.of("value", v)));
                Map<String, Object> hint = new LinkedHashMap<>();
                hint.put("name", name);
                hint.put("values", values);
                hints.add(hint);
            }
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", PREFIX);
        group.put("type", sourceType);
        group.put("description", model.getDescription());
        group.put("sourceType", sourceType);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("groups", List.of(group));
        root.put("properties", properties);
        root.put("hints", hints);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    static Map<String, Object> property(
            String name, String type, String description, String sourceType, Object defaultValue) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("type", type);
        property.put("description", description);
        property.put("sourceType", sourceType);
        if (defaultValue != null && !"".equals(defaultValue)) {
            property.put("defaultValue", defaultValue);
        }
        return property;
    }

    /** Keeps the file's timestamp when nothing changed, so the compiler and resources steps stay incremental. */
    static void writeIfChanged(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file).equals(content)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
