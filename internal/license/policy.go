package license

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Action is what a policy does with a license category.
type Action string

// The actions a category can be set to.
const (
	ActionAllow Action = "allow"
	ActionWarn  Action = "warn"
	ActionFail  Action = "fail"
)

// ParseAction accepts allow, warn or fail in any case.
func ParseAction(s string) (Action, error) {
	switch a := Action(strings.ToLower(strings.TrimSpace(s))); a {
	case ActionAllow, ActionWarn, ActionFail:
		return a, nil
	}
	return "", fmt.Errorf("unknown license policy action %q (want allow, warn or fail)", s)
}

// DefaultActions is the action of each category a Policy leaves unset.
func DefaultActions() map[Category]Action {
	return map[Category]Action{
		CategoryPublicDomain:    ActionAllow,
		CategoryPermissive:      ActionAllow,
		CategoryWeakCopyleft:    ActionAllow,
		CategoryStrongCopyleft:  ActionWarn,
		CategoryNetworkCopyleft: ActionFail,
		CategoryProprietary:     ActionFail,
		CategoryUnknown:         ActionWarn,
	}
}

// DefaultDevGroups are the dependency groups (PEP 735 groups, Poetry
// groups, extras) treated as development-only when Policy.DevGroups is
// nil.
func DefaultDevGroups() []string {
	return []string{"dev", "develop", "development", "test", "tests", "testing", "docs", "doc", "lint", "typing"}
}

// Override sets the outcome for one package regardless of its license.
type Override struct {
	Package string `json:"package"`           // project name, compared after PEP 503 normalisation
	Version string `json:"version,omitempty"` // "" for every version
	// License, when set, is the SPDX expression evaluated instead of the
	// detected one (for packages whose metadata is wrong or missing);
	// when empty the package passes.
	License string    `json:"license,omitempty"`
	Reason  string    `json:"reason"`           // required
	Expires time.Time `json:"expires,omitzero"` // zero: never; the override applies through that day (UTC)
}

// ParseExpiry reads an override's expiry date, YYYY-MM-DD.
func ParseExpiry(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("expiry %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

// Policy is the license policy, as read from [tool.krait.licenses].
type Policy struct {
	Allow  []string // SPDX ids (optionally "ID WITH EXCEPTION") that pass
	Deny   []string // SPDX ids that fail
	Review []string // SPDX ids that need a person to look
	// Categories sets the action per category; unset ones take
	// DefaultActions.
	Categories map[Category]Action
	Overrides  []Override
	IncludeDev bool     // evaluate development-only packages too
	DevGroups  []string // nil: DefaultDevGroups
}

// Verdict is the outcome of evaluating a package against a policy.
type Verdict string

// The verdicts, from best to worst; VerdictSkip is for packages the
// policy does not apply to.
const (
	VerdictPass   Verdict = "pass"
	VerdictWarn   Verdict = "warn"
	VerdictReview Verdict = "review"
	VerdictFail   Verdict = "fail"
	VerdictSkip   Verdict = "skip"
)

func (v Verdict) rank() int {
	switch v {
	case VerdictPass:
		return 0
	case VerdictWarn:
		return 1
	case VerdictReview:
		return 2
	case VerdictFail:
		return 3
	}
	return -1
}

// Package identifies the package evaluated.
type Package struct {
	Name    string
	Version string
	Dev     bool     // the inventory marks it development-only
	Groups  []string // the groups or extras that require it; empty: the main dependencies
}

// Decision is the verdict for one package, with its explanation.
type Decision struct {
	Verdict  Verdict  `json:"verdict"`
	License  string   `json:"license"`  // the expression evaluated ("UNKNOWN" when none)
	Category Category `json:"category"` // the category of that expression
	Reasons  []string `json:"reasons"`  // why, one line per license or rule that counted
	// Override is the override applied, ExpiredOverride one that matched
	// the package but has expired (the policy then applies, and a pass is
	// turned into a warning so the override is renewed or removed).
	Override        *Override `json:"override,omitempty"`
	ExpiredOverride *Override `json:"expired_override,omitempty"`
}

// Explanation joins the reasons into one sentence-like line.
func (d Decision) Explanation() string { return strings.Join(d.Reasons, "; ") }

// Evaluator applies a validated Policy.
type Evaluator struct {
	t          *Tables
	allow      map[string]bool
	deny       map[string]bool
	review     map[string]bool
	actions    map[Category]Action
	overrides  []Override
	includeDev bool
	devGroups  map[string]bool
	today      time.Time
}

// NewEvaluator validates p and returns its evaluator. Ids in the lists
// are normalised like License-Expression (so "GPL-2.0" means
// GPL-2.0-only); each must be a single license, optionally WITH an
// exception. today decides which overrides have expired. Errors name the
// offending entry.
func NewEvaluator(p Policy, t *Tables, today time.Time) (*Evaluator, error) {
	if t == nil {
		t = NewTables()
	}
	ev := &Evaluator{t: t, actions: DefaultActions(), includeDev: p.IncludeDev, devGroups: map[string]bool{},
		today: time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)}
	var err error
	if ev.allow, err = idSet("allow", p.Allow); err != nil {
		return nil, err
	}
	if ev.deny, err = idSet("deny", p.Deny); err != nil {
		return nil, err
	}
	if ev.review, err = idSet("review", p.Review); err != nil {
		return nil, err
	}
	for id := range ev.allow {
		if ev.deny[id] {
			return nil, fmt.Errorf("license policy: %s is both allowed and denied", id)
		}
	}
	cats := make([]string, 0, len(p.Categories))
	for c := range p.Categories {
		cats = append(cats, string(c))
	}
	sort.Strings(cats)
	for _, k := range cats {
		c, a := Category(k), p.Categories[Category(k)]
		cat, err := ParseCategory(string(c))
		if err != nil {
			return nil, fmt.Errorf("license policy categories: %w", err)
		}
		act, err := ParseAction(string(a))
		if err != nil {
			return nil, fmt.Errorf("license policy categories.%s: %w", c, err)
		}
		ev.actions[cat] = act
	}
	for i, o := range p.Overrides {
		if strings.TrimSpace(o.Package) == "" {
			return nil, fmt.Errorf("license policy overrides[%d]: no package", i)
		}
		if strings.TrimSpace(o.Reason) == "" {
			return nil, fmt.Errorf("license policy overrides[%d] (%s): no reason", i, o.Package)
		}
		if o.License != "" {
			e, _, err := NormalizeExpression(o.License)
			if err != nil {
				return nil, fmt.Errorf("license policy overrides[%d] (%s): %w", i, o.Package, err)
			}
			o.License = e.String()
		}
		ev.overrides = append(ev.overrides, o)
	}
	groups := p.DevGroups
	if groups == nil {
		groups = DefaultDevGroups()
	}
	for _, g := range groups {
		ev.devGroups[pep503.Normalize(g)] = true
	}
	return ev, nil
}

func idSet(list string, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for i, s := range ids {
		e, _, err := NormalizeExpression(s)
		if err != nil {
			return nil, fmt.Errorf("license policy %s[%d]: %w", list, i, err)
		}
		if e.Op != OpLicense {
			return nil, fmt.Errorf("license policy %s[%d]: %q is an expression; list single licenses", list, i, s)
		}
		out[e.String()] = true
	}
	return out, nil
}

// Excluded reports whether the policy leaves p out: a development-only
// package (Dev set, or every group a dev group) unless IncludeDev.
func (ev *Evaluator) Excluded(p Package) bool {
	if ev.includeDev {
		return false
	}
	if p.Dev {
		return true
	}
	if len(p.Groups) == 0 {
		return false
	}
	for _, g := range p.Groups {
		if !ev.devGroups[pep503.Normalize(g)] {
			return false
		}
	}
	return true
}

// Evaluate decides the verdict for a package whose license is r.
//
// A single license fails when denied, passes when allowed, needs review
// when on the review list (checked with its exception, then without),
// and otherwise takes its category's action. "A OR B" takes the better
// verdict of its branches (the licensee may choose), "A AND B" the worse.
// An ambiguous license must pass as every candidate; an unknown one takes
// the action of the unknown category.
func (ev *Evaluator) Evaluate(p Package, r Result) Decision {
	if ev.Excluded(p) {
		return Decision{Verdict: VerdictSkip, License: r.License(), Category: r.Category,
			Reasons: []string{"development dependency; excluded by the policy"}}
	}
	var d Decision
	if o, expired := ev.override(p); o != nil {
		if !expired {
			d.Override = o
			if o.License == "" {
				return Decision{Verdict: VerdictPass, License: r.License(), Category: r.Category, Override: o,
					Reasons: []string{"allowed by override: " + o.Reason + expiryNote(o)}}
			}
			e, _, err := NormalizeExpression(o.License)
			if err == nil { // validated by NewEvaluator
				d.License, d.Category = e.String(), ev.t.CategoryOf(e)
				d.Verdict, d.Reasons = ev.eval(e)
				d.Reasons = append([]string{"license " + o.License + " set by override: " + o.Reason + expiryNote(o)}, d.Reasons...)
				return d
			}
		} else {
			d.ExpiredOverride = o
		}
	}
	switch r.Status {
	case StatusDetected:
		e := r.Expr
		if e == nil {
			var err error
			if e, _, err = NormalizeExpression(r.Expression); err != nil {
				e = nil
			}
		}
		if e != nil {
			d.License, d.Category = e.String(), ev.t.CategoryOf(e)
			d.Verdict, d.Reasons = ev.eval(e)
			break
		}
		fallthrough
	case StatusAmbiguous:
		if len(r.Candidates) > 0 {
			var args []*Expr
			for _, c := range r.Candidates {
				if e, _, err := NormalizeExpression(c); err == nil {
					args = append(args, e)
				}
			}
			if len(args) > 0 {
				all := args[0]
				if len(args) > 1 {
					all = flatten(OpAnd, args)
				}
				d.License, d.Category = Unknown, r.Category
				v, reasons := ev.eval(all)
				d.Verdict = v
				d.Reasons = append([]string{"license ambiguous (one of " + strings.Join(r.Candidates, ", ") + "); every candidate must pass"}, reasons...)
				break
			}
		}
		fallthrough
	default:
		d.License, d.Category = Unknown, CategoryUnknown
		a := ev.actions[CategoryUnknown]
		d.Verdict = actionVerdict(a)
		d.Reasons = []string{fmt.Sprintf("no license found; category unknown is set to %s", a)}
	}
	if o := d.ExpiredOverride; o != nil {
		d.Reasons = append(d.Reasons, fmt.Sprintf("override (%s) expired on %s", o.Reason, o.Expires.Format(time.DateOnly)))
		if d.Verdict == VerdictPass {
			d.Verdict = VerdictWarn
		}
	}
	return d
}

func expiryNote(o *Override) string {
	if o.Expires.IsZero() {
		return ""
	}
	return " (until " + o.Expires.Format(time.DateOnly) + ")"
}

// override returns the first override matching p, and whether it has
// expired. A version-specific override is preferred to a general one.
func (ev *Evaluator) override(p Package) (*Override, bool) {
	name := pep503.Normalize(p.Name)
	var best *Override
	for i := range ev.overrides {
		o := &ev.overrides[i]
		if pep503.Normalize(o.Package) != name {
			continue
		}
		if o.Version != "" && o.Version != p.Version {
			continue
		}
		if best == nil || best.Version == "" && o.Version != "" {
			best = o
		}
	}
	if best == nil {
		return nil, false
	}
	return best, !best.Expires.IsZero() && ev.today.After(best.Expires)
}

func actionVerdict(a Action) Verdict {
	switch a {
	case ActionAllow:
		return VerdictPass
	case ActionWarn:
		return VerdictWarn
	}
	return VerdictFail
}

// eval returns the verdict of an expression and the reasons behind it.
func (ev *Evaluator) eval(e *Expr) (Verdict, []string) {
	switch e.Op {
	case OpLicense:
		v, reason := ev.leaf(e)
		return v, []string{reason}
	case OpOr:
		best, bestIdx := VerdictFail, 0
		var bestReasons []string
		for i, a := range e.Args {
			v, rs := ev.eval(a)
			if i == 0 || v.rank() < best.rank() {
				best, bestIdx, bestReasons = v, i, rs
			}
		}
		if len(e.Args) > 1 {
			return best, append([]string{fmt.Sprintf("%s: %s chosen", e, e.Args[bestIdx])}, bestReasons...)
		}
		return best, bestReasons
	default:
		worst := VerdictPass
		var reasons []string
		for _, a := range e.Args {
			v, rs := ev.eval(a)
			if v.rank() > worst.rank() {
				worst = v
			}
			reasons = append(reasons, rs...)
		}
		return worst, dedupe(reasons)
	}
}

func (ev *Evaluator) leaf(e *Expr) (Verdict, string) {
	keys := []string{e.String()}
	if e.Exception != "" {
		keys = append(keys, e.Key())
	}
	for _, k := range keys {
		switch {
		case ev.deny[k]:
			return VerdictFail, k + " is on the deny list"
		case ev.allow[k]:
			return VerdictPass, k + " is on the allow list"
		case ev.review[k]:
			return VerdictReview, k + " is on the review list"
		}
	}
	c := ev.t.CategoryOf(e)
	a := ev.actions[c]
	return actionVerdict(a), fmt.Sprintf("%s is %s, set to %s", e, c, a)
}

// Action returns the action the policy takes for category c.
func (ev *Evaluator) Action(c Category) Action { return ev.actions[c] }
