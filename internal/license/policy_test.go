package license

import (
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)

func detected(t *testing.T, expr string) Result {
	t.Helper()
	e, _, err := NormalizeExpression(expr)
	if err != nil {
		t.Fatal(err)
	}
	return Result{Status: StatusDetected, Expression: e.String(), Expr: e, Category: NewTables().CategoryOf(e), Source: SourceExpression}
}

func evaluator(t *testing.T, p Policy) *Evaluator {
	t.Helper()
	ev, err := NewEvaluator(p, nil, today)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// The default policy, one license of each category.
func TestEvaluateDefaultCategories(t *testing.T) {
	ev := evaluator(t, Policy{})
	tests := []struct {
		expr    string
		verdict Verdict
		reason  string
	}{
		{"CC0-1.0", VerdictPass, "CC0-1.0 is public-domain, set to allow"},
		{"MIT", VerdictPass, "MIT is permissive, set to allow"},
		{"LGPL-3.0-only", VerdictPass, "LGPL-3.0-only is weak-copyleft, set to allow"},
		{"GPL-3.0-only", VerdictWarn, "GPL-3.0-only is strong-copyleft, set to warn"},
		{"AGPL-3.0-or-later", VerdictFail, "AGPL-3.0-or-later is network-copyleft, set to fail"},
		{"SSPL-1.0", VerdictFail, "SSPL-1.0 is network-copyleft, set to fail"},
		{"CC-BY-NC-4.0", VerdictFail, "CC-BY-NC-4.0 is proprietary, set to fail"},
		{"LicenseRef-Mine", VerdictWarn, "LicenseRef-Mine is unknown, set to warn"},
	}
	for _, tt := range tests {
		d := ev.Evaluate(Package{Name: "p"}, detected(t, tt.expr))
		if d.Verdict != tt.verdict || d.Explanation() != tt.reason {
			t.Errorf("%s: %s %q, want %s %q", tt.expr, d.Verdict, d.Explanation(), tt.verdict, tt.reason)
		}
	}
}

// Each category set to each action.
func TestEvaluateCategoryActions(t *testing.T) {
	samples := map[Category]string{
		CategoryPublicDomain: "Unlicense", CategoryPermissive: "BSD-3-Clause", CategoryWeakCopyleft: "MPL-2.0",
		CategoryStrongCopyleft: "GPL-2.0-only", CategoryNetworkCopyleft: "AGPL-3.0-only", CategoryProprietary: RefProprietary,
		CategoryUnknown: "LicenseRef-x",
	}
	for _, c := range Categories() {
		for a, want := range map[Action]Verdict{ActionAllow: VerdictPass, ActionWarn: VerdictWarn, ActionFail: VerdictFail} {
			ev := evaluator(t, Policy{Categories: map[Category]Action{c: a}})
			if got := ev.Evaluate(Package{Name: "p"}, detected(t, samples[c])).Verdict; got != want {
				t.Errorf("%s (%s) set to %s: %s, want %s", c, samples[c], a, got, want)
			}
		}
	}
}

func TestEvaluateExpressions(t *testing.T) {
	ev := evaluator(t, Policy{
		Deny:       []string{"GPL-3.0-only"},
		Review:     []string{"MPL-2.0"},
		Allow:      []string{"GPL-2.0-only WITH Classpath-exception-2.0", "LGPL-2.1-only"},
		Categories: map[Category]Action{"weak_copyleft": "fail"},
	})
	tests := []struct {
		expr    string
		verdict Verdict
		reason  string
	}{
		{"MIT OR GPL-3.0-only", VerdictPass, "MIT OR GPL-3.0-only: MIT chosen; MIT is permissive, set to allow"},
		{"GPL-3.0-only OR MIT", VerdictPass, "GPL-3.0-only OR MIT: MIT chosen; MIT is permissive, set to allow"},
		{"MIT AND GPL-3.0-only", VerdictFail, "MIT is permissive, set to allow; GPL-3.0-only is on the deny list"},
		{"GPL-3.0-only", VerdictFail, "GPL-3.0-only is on the deny list"},
		{"GPL-3.0", VerdictFail, "GPL-3.0-only is on the deny list"}, // deprecated id normalised first
		{"GPL-3.0-or-later", VerdictWarn, "GPL-3.0-or-later is strong-copyleft, set to warn"},
		{"MPL-2.0", VerdictReview, "MPL-2.0 is on the review list"},
		{"MPL-2.0 OR GPL-3.0-only", VerdictReview, "MPL-2.0 OR GPL-3.0-only: MPL-2.0 chosen; MPL-2.0 is on the review list"},
		{"MPL-2.0 AND GPL-2.0-or-later", VerdictReview, "MPL-2.0 is on the review list; GPL-2.0-or-later is strong-copyleft, set to warn"},
		{"(MIT OR GPL-3.0-only) AND (ISC OR AGPL-3.0-only)", VerdictPass,
			"MIT OR GPL-3.0-only: MIT chosen; MIT is permissive, set to allow; ISC OR AGPL-3.0-only: ISC chosen; ISC is permissive, set to allow"},
		{"MIT AND (GPL-3.0-only OR AGPL-3.0-only)", VerdictFail,
			"MIT is permissive, set to allow; GPL-3.0-only OR AGPL-3.0-only: GPL-3.0-only chosen; GPL-3.0-only is on the deny list"},
		// WITH: the exact form on a list first, then the license without
		// the exception, then the category with the exception applied.
		{"GPL-2.0-only WITH Classpath-exception-2.0", VerdictPass, "GPL-2.0-only WITH Classpath-exception-2.0 is on the allow list"},
		{"GPL-3.0-only WITH GCC-exception-3.1", VerdictFail, "GPL-3.0-only is on the deny list"},
		{"LGPL-2.1-only WITH OCaml-LGPL-linking-exception", VerdictPass, "LGPL-2.1-only is on the allow list"},
		{"GPL-2.0-or-later WITH Classpath-exception-2.0", VerdictFail, "GPL-2.0-or-later WITH Classpath-exception-2.0 is weak-copyleft, set to fail"},
		{"GPL-2.0-or-later WITH Bootloader-exception", VerdictWarn, "GPL-2.0-or-later WITH Bootloader-exception is strong-copyleft, set to warn"},
	}
	for _, tt := range tests {
		d := ev.Evaluate(Package{Name: "p"}, detected(t, tt.expr))
		if d.Verdict != tt.verdict || d.Explanation() != tt.reason {
			t.Errorf("%s:\n got %s %q\nwant %s %q", tt.expr, d.Verdict, d.Explanation(), tt.verdict, tt.reason)
		}
	}
}

func TestEvaluateAmbiguousAndUnknown(t *testing.T) {
	bsd := Result{Status: StatusAmbiguous, Candidates: []string{"0BSD", "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause"}, Category: CategoryPermissive}
	d := evaluator(t, Policy{}).Evaluate(Package{Name: "p"}, bsd)
	if d.Verdict != VerdictPass || d.License != Unknown || !strings.HasPrefix(d.Explanation(), "license ambiguous (one of 0BSD, BSD-2-Clause, BSD-3-Clause, BSD-4-Clause); every candidate must pass") {
		t.Errorf("ambiguous BSD, default policy: %s %q", d.Verdict, d.Explanation())
	}
	d = evaluator(t, Policy{Deny: []string{"BSD-4-Clause"}}).Evaluate(Package{Name: "p"}, bsd)
	if d.Verdict != VerdictFail || !strings.Contains(d.Explanation(), "BSD-4-Clause is on the deny list") {
		t.Errorf("ambiguous BSD with BSD-4-Clause denied: %s %q", d.Verdict, d.Explanation())
	}

	unknown := Result{Status: StatusUnknown, Category: CategoryUnknown}
	d = evaluator(t, Policy{}).Evaluate(Package{Name: "p"}, unknown)
	if d.Verdict != VerdictWarn || d.License != Unknown || d.Explanation() != "no license found; category unknown is set to warn" {
		t.Errorf("unknown: %s %q %q", d.Verdict, d.License, d.Explanation())
	}
	d = evaluator(t, Policy{Categories: map[Category]Action{CategoryUnknown: ActionFail}}).Evaluate(Package{Name: "p"}, unknown)
	if d.Verdict != VerdictFail {
		t.Errorf("unknown set to fail: %s", d.Verdict)
	}
	// An ambiguous result with no candidates is unknown.
	d = evaluator(t, Policy{}).Evaluate(Package{Name: "p"}, Result{Status: StatusAmbiguous})
	if d.Verdict != VerdictWarn || d.Category != CategoryUnknown {
		t.Errorf("ambiguous without candidates: %s %s", d.Verdict, d.Category)
	}
}

func TestEvaluateOverrides(t *testing.T) {
	ev := evaluator(t, Policy{
		Overrides: []Override{
			{Package: "Some_Lib", Reason: "vendor contract #12"},
			{Package: "agpl-thing", Reason: "legal approved", Expires: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)},
			{Package: "old-thing", Reason: "legal approved", Expires: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)},
			{Package: "mislabelled", License: "MIT", Reason: "LICENSE file is MIT; metadata wrong"},
			{Package: "pinned", Version: "1.0", Reason: "only 1.0 was reviewed"},
			{Package: "pinned", License: "GPL-3.0", Reason: "later versions are GPL"},
		},
	})
	agpl := detected(t, "AGPL-3.0-only")
	tests := []struct {
		pkg     Package
		r       Result
		verdict Verdict
		reason  string
		expired bool
	}{
		{Package{Name: "some-lib"}, agpl, VerdictPass, "allowed by override: vendor contract #12", false},
		{Package{Name: "agpl-thing"}, agpl, VerdictPass, "allowed by override: legal approved (until 2026-11-29)", false},
		{Package{Name: "old-thing"}, agpl, VerdictFail,
			"AGPL-3.0-only is network-copyleft, set to fail; override (legal approved) expired on 2026-11-28", true},
		{Package{Name: "old-thing"}, detected(t, "MIT"), VerdictWarn,
			"MIT is permissive, set to allow; override (legal approved) expired on 2026-11-28", true},
		{Package{Name: "mislabelled"}, Result{Status: StatusUnknown}, VerdictPass,
			"license MIT set by override: LICENSE file is MIT; metadata wrong; MIT is permissive, set to allow", false},
		{Package{Name: "pinned", Version: "1.0"}, agpl, VerdictPass, "allowed by override: only 1.0 was reviewed", false},
		{Package{Name: "pinned", Version: "2.0"}, agpl, VerdictWarn,
			"license GPL-3.0-only set by override: later versions are GPL; GPL-3.0-only is strong-copyleft, set to warn", false},
		{Package{Name: "other"}, agpl, VerdictFail, "AGPL-3.0-only is network-copyleft, set to fail", false},
	}
	for _, tt := range tests {
		d := ev.Evaluate(tt.pkg, tt.r)
		if d.Verdict != tt.verdict || d.Explanation() != tt.reason || (d.ExpiredOverride != nil) != tt.expired {
			t.Errorf("%s %s:\n got %s %q expired=%v\nwant %s %q expired=%v", tt.pkg.Name, tt.pkg.Version,
				d.Verdict, d.Explanation(), d.ExpiredOverride != nil, tt.verdict, tt.reason, tt.expired)
		}
		if !tt.expired && strings.HasPrefix(tt.reason, "allowed") && d.Override == nil {
			t.Errorf("%s: Override not set", tt.pkg.Name)
		}
	}
}

func TestEvaluateDevExclusion(t *testing.T) {
	agpl := detected(t, "AGPL-3.0-only")
	ev := evaluator(t, Policy{})
	for _, tt := range []struct {
		pkg  Package
		want Verdict
	}{
		{Package{Name: "p", Dev: true}, VerdictSkip},
		{Package{Name: "p", Groups: []string{"Test"}}, VerdictSkip},
		{Package{Name: "p", Groups: []string{"dev", "docs"}}, VerdictSkip},
		{Package{Name: "p", Groups: []string{"dev", "server"}}, VerdictFail}, // also required outside dev groups
		{Package{Name: "p"}, VerdictFail},
	} {
		if got := ev.Evaluate(tt.pkg, agpl).Verdict; got != tt.want {
			t.Errorf("%+v: %s, want %s", tt.pkg, got, tt.want)
		}
	}
	if got := evaluator(t, Policy{IncludeDev: true}).Evaluate(Package{Name: "p", Dev: true}, agpl).Verdict; got != VerdictFail {
		t.Errorf("IncludeDev: %s, want fail", got)
	}
	if got := evaluator(t, Policy{DevGroups: []string{"qa"}}).Evaluate(Package{Name: "p", Groups: []string{"test"}}, agpl).Verdict; got != VerdictFail {
		t.Errorf("DevGroups [qa], group test: %s, want fail", got)
	}
}

func TestNewEvaluatorErrors(t *testing.T) {
	tests := []struct {
		p   Policy
		err string
	}{
		{Policy{Allow: []string{"MIT", "Frob"}}, `license policy allow[1]: license expression "Frob": unknown license id "Frob"`},
		{Policy{Deny: []string{"MIT OR ISC"}}, `license policy deny[0]: "MIT OR ISC" is an expression; list single licenses`},
		{Policy{Allow: []string{"GPL-2.0"}, Deny: []string{"GPL-2.0-only"}}, "GPL-2.0-only is both allowed and denied"},
		{Policy{Categories: map[Category]Action{"copyleft": ActionFail}}, `unknown license category "copyleft"`},
		{Policy{Categories: map[Category]Action{CategoryPermissive: "deny"}}, `categories.permissive: unknown license policy action "deny"`},
		{Policy{Overrides: []Override{{Reason: "x"}}}, "overrides[0]: no package"},
		{Policy{Overrides: []Override{{Package: "p"}}}, "overrides[0] (p): no reason"},
		{Policy{Overrides: []Override{{Package: "p", Reason: "r", License: "MIT OR"}}}, "overrides[0] (p): license expression"},
	}
	for _, tt := range tests {
		_, err := NewEvaluator(tt.p, nil, today)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%+v: err %v, want %q", tt.p, err, tt.err)
		}
	}
}

func TestParseHelpers(t *testing.T) {
	if a, err := ParseAction(" WARN "); err != nil || a != ActionWarn {
		t.Errorf("ParseAction: %q %v", a, err)
	}
	if _, err := ParseAction("block"); err == nil {
		t.Error("ParseAction accepted block")
	}
	if d, err := ParseExpiry("2027-01-31"); err != nil || !d.Equal(time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ParseExpiry: %v %v", d, err)
	}
	if _, err := ParseExpiry("31/01/2027"); err == nil {
		t.Error("ParseExpiry accepted 31/01/2027")
	}
}
