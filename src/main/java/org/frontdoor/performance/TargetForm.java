package org.frontdoor.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontdoor.intake.FieldProblem;

/** The target and comparators as the analyst typed them, kept as typed so a refused form shows them again. */
public class TargetForm {

    private static final Pattern YEAR = Pattern.compile("\\d{4}(-\\d{2})?");
    private static final BigDecimal MAX = new BigDecimal("1000000");

    private String target = "";
    private String tolerance = "";
    private String national = "";
    private String statisticalNeighbours = "";
    private String comparatorYear = "";
    /** The target's version when the form was loaded, so that a save never overwrites someone else's. */
    private int version;

    public static TargetForm of(Target t) {
        TargetForm f = new TargetForm();
        f.target = show(t.target());
        f.tolerance = show(t.tolerance());
        f.national = show(t.national());
        f.statisticalNeighbours = show(t.statisticalNeighbours());
        f.comparatorYear = t.comparatorYear() == null ? "" : t.comparatorYear();
        return f;
    }

    private static String show(Double d) {
        return d == null ? "" : new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
    }

    /** What is wrong, field by field; empty when the form can be saved. Percentages must lie from 0 to 100. */
    public List<FieldProblem> problems(Indicator indicator) {
        List<FieldProblem> problems = new ArrayList<>();
        check("target", "target", target, indicator, problems);
        check("tolerance", "tolerance", tolerance, indicator, problems);
        check("national", "national comparator", national, indicator, problems);
        check("statisticalNeighbours", "statistical neighbours comparator", statisticalNeighbours, indicator, problems);
        if (!comparatorYear.isBlank() && !YEAR.matcher(comparatorYear.strip()).matches()) {
            problems.add(new FieldProblem("comparatorYear",
                    "Enter the comparators' year as a year or financial year, for example 2024 or 2024-25"));
        }
        if ((!national.isBlank() || !statisticalNeighbours.isBlank()) && comparatorYear.isBlank()) {
            problems.add(new FieldProblem("comparatorYear", "Enter the year the comparators were published for"));
        }
        return problems;
    }

    private static void check(String field, String label, String typed, Indicator indicator,
                              List<FieldProblem> problems) {
        if (typed.isBlank()) {
            return;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "The " + label + " must be a number, for example 85 or 12.5"));
            return;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "The " + label + " must be 0 or more"));
        } else if (indicator.percent() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem(field, "The " + label + " is a percentage and must be 100 or less"));
        } else if (value.compareTo(MAX) > 0) {
            problems.add(new FieldProblem(field, "The " + label + " must be 1,000,000 or less"));
        } else if (value.scale() > 2) {
            problems.add(new FieldProblem(field, "The " + label + " must have no more than 2 decimal places"));
        }
    }

    /** The saved values; call only when {@link #problems} is empty. */
    public Target toTarget(String indicatorId) {
        return new Target(indicatorId, number(target), number(tolerance), number(national),
                number(statisticalNeighbours), comparatorYear.isBlank() ? null : comparatorYear.strip());
    }

    private static Double number(String s) {
        return s.isBlank() ? null : Double.valueOf(s.strip().toLowerCase(Locale.UK));
    }

    private static String clean(String s) {
        return s == null ? "" : s;
    }

    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = clean(target); }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = clean(tolerance); }
    public String getNational() { return national; }
    public void setNational(String national) { this.national = clean(national); }
    public String getStatisticalNeighbours() { return statisticalNeighbours; }
    public void setStatisticalNeighbours(String s) { this.statisticalNeighbours = clean(s); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getComparatorYear() { return comparatorYear; }
    public void setComparatorYear(String comparatorYear) { this.comparatorYear = clean(comparatorYear); }
}
