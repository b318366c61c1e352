package org.frontdoor.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated MASH worker or manager in a browser: its own cookie jar (so its own session) and CSRF token, signing
 * in once and then working through the pages as a person would, with a pause before every request. With several app
 * instances its requests after signing in alternate between them, so every other request is served by an instance
 * that did not sign it in: only a session kept in the database survives that.
 *
 * <p>A worker's round: the home page, a contact recorded through the web form (searching the index for the child and
 * the mother before adding each), a search of the person index, the MASH queue, and a decision on the contact it
 * recorded the round before (so the clock-alert job has time to notice those received a week ago). A manager's
 * round: the oversight queue, one decision signed off, the MASH queue and, every fifth round, the Vital Signs
 * scorecard. Every round ends with the baseline request.
 */
final class MashUser implements Runnable {

    /** A child already on the person index, whom the contact names. */
    record Child(long personId, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    /** The threshold indicator a decision at each level ticks, so it needs no departure reason. */
    record Decisions(long[] indicatorByLevel) {
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern DECIDE_LINK = Pattern.compile("/screening/subjects/(\\d+)/decision");
    private static final Pattern DECISION_LINK = Pattern.compile("/screening/decisions/(\\d+)\"");
    private static final Pattern RECORDED = Pattern.compile("/contacts/(\\d+)\\?recorded");
    private static final String[][] OUTCOMES = {{"NFA", "1"}, {"INFORMATION_ADVICE", "1"}, {"EARLY_HELP", "2"},
            {"SINGLE_ASSESSMENT", "3"}};

    private static final Semaphore SIGNING_IN = new Semaphore(2);

    private final String username;
    private final boolean manager;
    private final int index;
    private final int managers;
    private final List<URI> instances;
    private final List<Child> children;
    private final Decisions decisions;
    private final LoadStats stats;
    private final AtomicBoolean stop;
    private final CountDownLatch signingIn;
    private final long thinkMs;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ArrayDeque<Long> toDecide = new ArrayDeque<>();
    private final java.util.Set<Long> triedToSignOff = new java.util.HashSet<>();
    private String csrf = "";
    private long requests;
    private int rounds;
    private boolean signedIn;
    final java.util.Set<Integer> instancesUsed = new java.util.HashSet<>();
    int contactsRecorded;
    int decisionsRecorded;
    int signedOff;

    MashUser(String username, boolean manager, int index, int managers, List<URI> instances, List<Child> children,
             Decisions decisions, LoadStats stats, AtomicBoolean stop, CountDownLatch signingIn, long thinkMs,
             long seed) {
        this.username = username;
        this.manager = manager;
        this.index = index;
        this.managers = managers;
        this.instances = instances;
        this.children = children;
        this.decisions = decisions;
        this.stats = stats;
        this.stop = stop;
        this.signingIn = signingIn;
        this.thinkMs = thinkMs;
        this.random = new Random(seed);
    }

    /** Thrown from a pause once the run is over, to leave the round wherever it is. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    @Override
    public void run() {
        try {
            try {
                signIn();
            } finally {
                signingIn.countDown(); // the warm-up starts once everyone is in: 50 Argon2 checks at once are slow
            }
            while (!stop.get()) {
                try {
                    if (manager) {
                        managerRound();
                    } else {
                        workerRound();
                    }
                    get(LoadStats.BASELINE, "/actuator/health");
                    rounds++;
                } catch (IOException | RuntimeException e) {
                    if (e instanceof Stopped) {
                        throw e;
                    }
                    stats.error("round", username + ": " + e);
                    think();
                }
            }
        } catch (Stopped e) {
            // the run is over
        } catch (IOException | RuntimeException e) {
            stats.error("sign-in", username + ": " + e);
        }
    }

    /**
     * A few at a time, as people arrive over the morning: each check is an Argon2 hash (16 MB, deliberately slow),
     * and fifty at once on two cores would time out rather than measure anything.
     */
    private void signIn() throws IOException {
        try {
            SIGNING_IN.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        try {
            signInNow();
        } finally {
            SIGNING_IN.release();
        }
        signedIn = true;
        get("home page", "/");
    }

    private void signInNow() throws IOException {
        String page = get("sign-in", "/sign-in").body;
        Response r = post("sign-in", "/sign-in",
                Map.of("username", username, "password", org.frontdoor.demo.DemoUsers.PASSWORD), page);
        if (r.location == null || r.location.contains("error")) {
            throw new IllegalStateException("could not sign in: " + r.location);
        }
    }

    private void workerRound() throws IOException {
        get("home page", "/");
        String draft = get("contact form", "/contacts/new").location;
        get("contact form", draft);
        Map<String, String> form = contactFields();
        Child child = children.get(random.nextInt(children.size()));
        String mother = children.get(random.nextInt(children.size())).firstName().charAt(0) + "ara";
        LocalDate motherBorn = child.dateOfBirth().minusYears(24 + random.nextInt(12));
        addPerson(draft, form, 0, "CHILD", child.firstName(), child.lastName(), child.dateOfBirth(), child.personId());
        addPerson(draft, form, 1, "MOTHER", mother, child.lastName(), motherBorn, null);
        form.put("action", "record");
        Response recorded = post("record contact", draft, form, null);
        Matcher m = RECORDED.matcher(String.valueOf(recorded.location));
        if (!m.find()) {
            throw new IllegalStateException("the contact was not recorded: " + recorded.status + " "
                    + recorded.location);
        }
        contactsRecorded++;
        toDecide.add(Long.parseLong(m.group(1)));
        get("contact page", recorded.location);
        Child someone = children.get(random.nextInt(children.size()));
        get("person index search", "/children?q=" + enc(someone.firstName() + " " + someone.lastName()));
        get("MASH queue", "/screening");
        if (toDecide.size() > 1) {
            decide(toDecide.poll());
        }
    }

    /** Searches the index for the person (as a MASH worker must before adding anyone), then adds them. */
    private void addPerson(String draft, Map<String, String> form, int i, String role, String first, String last,
                           LocalDate born, Long personId) throws IOException {
        Map<String, String> adding = new LinkedHashMap<>(form);
        adding.put("adding.role", role);
        adding.put("adding.firstName", first);
        adding.put("adding.lastName", last);
        adding.put("adding.dobDay", "" + born.getDayOfMonth());
        adding.put("adding.dobMonth", "" + born.getMonthValue());
        adding.put("adding.dobYear", "" + born.getYear());
        adding.put("adding.sex", "U");
        adding.put("action", "find");
        String candidates = post("person search at intake", draft, adding, null).body;
        boolean found = personId != null && candidates.contains("value=\"" + personId + "\"");
        adding.put("action", "add");
        adding.put("choice", found ? personId.toString() : "new");
        post("add person", draft, adding, null);
        get("contact form", draft);
        String at = "people[" + i + "].";
        form.put(at + "role", role);
        form.put(at + "firstName", first);
        form.put(at + "lastName", last);
        form.put(at + "dobDay", "" + born.getDayOfMonth());
        form.put(at + "dobMonth", "" + born.getMonthValue());
        form.put(at + "dobYear", "" + born.getYear());
        form.put(at + "sex", "U");
        form.put(at + (found ? "personId" : "newPerson"), found ? personId.toString() : "true");
    }

    /**
     * Half the contacts were received just now; the other half a week ago and typed in late, so their one working
     * day is already over and the clock-alert job raises an overdue alert for them while they wait in the queue.
     */
    private Map<String, String> contactFields() {
        ZonedDateTime received = ZonedDateTime.now(LONDON).minusMinutes(5);
        if (random.nextBoolean()) {
            received = received.minusDays(7);
        }
        LocalDate consented = received.toLocalDate();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivedDay", "" + received.getDayOfMonth());
        f.put("receivedMonth", "" + received.getMonthValue());
        f.put("receivedYear", "" + received.getYear());
        f.put("receivedTime", received.format(DateTimeFormatter.ofPattern("HH:mm")));
        f.put("route", "PHONE");
        f.put("sourceCode", "2A");
        f.put("referrerName", "Ms Grace Head");
        f.put("referrerAgency", "Kingsmere Primary");
        f.put("referrerRole", "Designated safeguarding lead");
        f.put("referrerPhone", "01632 960001");
        f.put("referrerEmail", "dsl@kingsmere-primary.example");
        f.put("worries", "Child arrived at school with a bruise on the cheek and would not say how (load test "
                + username + ")");
        f.put("referrerActions", "Spoke to mother at pick-up");
        f.put("fatherNotKnownReason", "Mother did not name the father");
        f.put("consent", "GIVEN");
        f.put("consentGivenBy", "Mother");
        f.put("consentGivenDay", "" + consented.getDayOfMonth());
        f.put("consentGivenMonth", "" + consented.getMonthValue());
        f.put("consentGivenYear", "" + consented.getYear());
        return f;
    }

    private void decide(long contactId) throws IOException {
        Matcher link = DECIDE_LINK.matcher(get("contact page", "/contacts/" + contactId).body);
        if (!link.find()) {
            throw new IllegalStateException("contact " + contactId + " has no Decide link");
        }
        String path = "/screening/subjects/" + link.group(1) + "/decision";
        String page = get("decision form", path).body;
        Map<String, String> form = hiddenFields(page);
        String[] outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        int level = Integer.parseInt(outcome[1]);
        form.put("outcome", outcome[0]);
        form.put("thresholdLevel", outcome[1]);
        form.put("indicatorIds", "" + decisions.indicatorByLevel()[level]);
        form.put("rationale", "Bruising explained by a fall at the park, seen by the GP; " + outcome[0]);
        form.put("riskAnalysis", "Low: explanation consistent with the injury; parents engaging");
        form.put("multiAgencyView", "School and health agree");
        form.put("childViewsSought", "no");
        form.put("childViewsReason", "Too young to give a view");
        for (String name : List.copyOf(form.keySet())) {
            if (name.startsWith("parents[") && name.endsWith("].subjectId")) {
                form.put(name.replace(".subjectId", ".sought"), "yes");
            }
        }
        Response saved = post("record decision", path, form, null);
        if (saved.location == null || !saved.location.startsWith("/contacts/")) {
            throw new IllegalStateException("the decision was not recorded: " + saved.status);
        }
        decisionsRecorded++;
        get("contact page", saved.location);
    }

    /** Managers share the oversight queue out by decision id, so two of them never sign off the same one. */
    private void managerRound() throws IOException {
        String queue = get("oversight queue", "/screening/oversight").body;
        Matcher m = DECISION_LINK.matcher(queue);
        Long pick = null;
        while (m.find() && pick == null) {
            long id = Long.parseLong(m.group(1));
            if (id % managers == index && triedToSignOff.add(id)) {
                pick = id;
            }
        }
        if (pick != null) {
            String path = "/screening/decisions/" + pick;
            String page = get("decision for oversight", path).body;
            Map<String, String> form = hiddenFields(page);
            form.put("action", "sign-off");
            form.put("comment", "Agree: proportionate");
            Response r = post("sign off decision", path + "/oversight", form, null);
            if (r.location == null) {
                throw new IllegalStateException("sign-off of decision " + pick + " refused: " + r.status);
            }
            signedOff++;
            get("decision for oversight", r.location);
        }
        get("MASH queue", "/screening");
        if (rounds % 5 == 0) {
            get("Vital Signs scorecard", "/performance");
        }
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        fields.remove("_csrf");
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    record Response(int status, String body, String location) {
    }

    private Response get(String action, String path) throws IOException {
        return send(action, HttpRequest.newBuilder().GET(), path);
    }

    private Response post(String action, String path, Map<String, String> fields, String page) throws IOException {
        if (page != null) {
            token(page);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(action, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"), path);
    }

    /**
     * One timed request after a pause. Signed in, it goes to the next instance in turn. An error is any status
     * outside 2xx/3xx, a page showing a GOV.UK error summary, or being sent to sign in again (a lost session).
     */
    private Response send(String action, HttpRequest.Builder builder, String path) throws IOException {
        if (signedIn) {
            think();
        } else if (stop.get()) {
            throw new Stopped();
        }
        int instance = signedIn ? (int) ((index + requests++) % instances.size()) : index % instances.size();
        instancesUsed.add(instance);
        HttpRequest request = builder.uri(instances.get(instance).resolve(path))
                .timeout(Duration.ofSeconds(60)).build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        long took = System.nanoTime() - start;
        stats.sample(action, start, took, instance);
        String location = response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", ""))
                .orElse(null);
        Response r = new Response(response.statusCode(), response.body(), location);
        if (r.status >= 400) {
            stats.error(action, r.status + " " + path);
        } else if (signedIn && location != null && (location.contains("/sign-in") || location.contains("/no-access"))) {
            stats.lostSession(action, path + " -> " + location);
            throw new IllegalStateException("sent to " + location);
        } else if (r.body.contains("govuk-error-summary")) {
            stats.error(action, "error summary on " + path + ": " + errorText(r.body));
        }
        token(r.body);
        return r;
    }

    private void token(String page) {
        Matcher m = CSRF.matcher(page);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String errorText(String page) {
        int at = page.indexOf("govuk-error-summary__list");
        String list = at < 0 ? page : page.substring(at, Math.min(page.length(), at + 600));
        return list.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    /** A person's pause before each request: uniform between half and one and a half times the mean. */
    private void think() {
        if (stop.get()) {
            throw new Stopped();
        }
        if (thinkMs <= 0) {
            return;
        }
        try {
            Thread.sleep(thinkMs / 2 + (long) (random.nextDouble() * thinkMs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stop.get()) {
            throw new Stopped();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
