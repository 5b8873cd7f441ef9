package config

import (
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/krait-dev/krait/internal/finding"
)

// Matcher is what RuleEnabled needs of a rule; *analysis.Rule implements it.
type Matcher interface {
	// Matches reports whether the rule is named by sel: its ID, name or
	// an alias, a prefix of its ID or an alias, or "all".
	Matches(sel string) bool
}

// specificity orders selectors: "all" is the least specific, then longer
// selectors are more specific than shorter ones.
func specificity(sel string) int {
	if strings.EqualFold(sel, "all") {
		return 0
	}
	return len(sel) + 1
}

// best returns the specificity of the most specific selector of sels that
// names r, or -1.
func best(r Matcher, sels []string) int {
	b := -1
	for _, s := range sels {
		if r.Matches(s) {
			b = max(b, specificity(s))
		}
	}
	return b
}

// RuleEnabled reports whether rule r runs: it is selected (every rule is
// when Select is empty) and not ignored, where the most specific selector
// that names the rule decides and ignore wins a tie, as in Ruff. So
// select = ["B6"] with ignore = ["B602"] runs B601 but not B602, and
// ignore = ["all"] with select = ["B602"] runs only B602.
func (c *Config) RuleEnabled(r Matcher) bool {
	sel := 0 // an empty select selects every rule, as "all" would
	if len(c.Select) > 0 {
		sel = best(r, c.Select)
	}
	if sel < 0 {
		return false
	}
	return best(r, c.Ignore) < sel
}

// RuleOptions returns the options of the [rules.NAME] table for the rule
// called name (compared ignoring case, with "_" and "-" equal), or nil.
func (c *Config) RuleOptions(name string) map[string]any {
	if opts, ok := c.Rules[name]; ok {
		return opts
	}
	for k, opts := range c.Rules {
		if normName(k) == normName(name) {
			return opts
		}
	}
	return nil
}

func normName(s string) string { return strings.ReplaceAll(strings.ToLower(s), "_", "-") }

// Check checks every rule selector of the configuration (select, ignore,
// per-file-ignores) and every [rules.NAME] table against the rules krait
// has: known reports whether a selector names at least one rule, ruleName
// whether a name is a rule's name (or ID or alias). The first selector or
// table that names nothing is an *Error naming the file and key. Selectors
// read from a Bandit configuration are not checked, since they may name
// Bandit plugins krait does not have. Call Check before replacing Select or
// Ignore with command-line values, which the command line checks itself.
func (c *Config) Check(known func(sel string) bool, ruleName func(name string) bool) error {
	if c.Source.Bandit() {
		return nil
	}
	prefix := ""
	if c.Source == SourcePyproject {
		prefix = "tool.krait."
	}
	check := func(sels, keys []string, key string) error {
		for i, s := range sels {
			if !known(s) {
				if i < len(keys) { // keys is shorter when a caller replaced the list
					key = keys[i]
				}
				return &Error{File: c.File, Key: key, Msg: fmt.Sprintf("%q names no rule", s)}
			}
		}
		return nil
	}
	if err := check(c.Select, c.selectKeys, prefix+"select"); err != nil {
		return err
	}
	if err := check(c.Ignore, c.ignoreKeys, prefix+"ignore"); err != nil {
		return err
	}
	for _, p := range c.PerFileIgnores {
		key := p.key
		if key == "" {
			key = prefix + "per-file-ignores." + quoteKey(p.Pattern)
		}
		if err := check(p.Rules, nil, key); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(c.Rules))
	for n := range c.Rules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !ruleName(n) {
			return &Error{File: c.File, Key: prefix + "rules." + quoteKey(n), Msg: "unknown rule"}
		}
	}
	return nil
}

// rel returns path (relative to the working directory, or absolute) relative
// to c.Dir, slash-separated; false when it is not below c.Dir.
func (c *Config) rel(p string) (string, bool) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(c.Dir, abs)
	if err != nil {
		return "", false
	}
	r = filepath.ToSlash(r)
	if r == "." || r == ".." || strings.HasPrefix(r, "../") {
		return "", false
	}
	return r, true
}

// Match reports whether pattern matches rel, a slash-separated path
// relative to the configuration's directory, as exclude and
// per-file-ignores patterns match:
//
//   - a pattern without "/" matches any file or directory name on the path
//     ("tests", "*_pb2.py", "conftest.py");
//   - a pattern with "/" matches from the configuration's directory ("/" at
//     its start is allowed and means the same) the path or one of its parent
//     directories ("src/gen", "tests/**/fixtures", "**/migrations/*.py");
//   - patterns are doublestar globs: * and ? do not match "/", ** matches
//     any number of directories, [a-z] and {a,b} work as in a shell;
//   - a "./" at the start and a "/" at the end are ignored.
func Match(pattern, rel string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	pattern = strings.TrimSuffix(pattern, "/")
	if pattern == "" {
		return false
	}
	if !strings.Contains(pattern, "/") {
		for _, part := range strings.Split(rel, "/") {
			if ok, _ := doublestar.Match(pattern, part); ok {
				return true
			}
		}
		return false
	}
	pattern = strings.TrimPrefix(pattern, "/")
	for p := rel; p != "" && p != "."; p = path.Dir(p) {
		if ok, _ := doublestar.Match(pattern, p); ok {
			return true
		}
		if !strings.Contains(p, "/") {
			break
		}
	}
	return false
}

// Excluded reports whether path (as the walk found it: relative to the
// working directory, or absolute) matches an exclude pattern. A path outside
// the configuration's directory is never excluded.
func (c *Config) Excluded(p string) bool {
	if len(c.Exclude) == 0 {
		return false
	}
	r, ok := c.rel(p)
	if !ok {
		return false
	}
	for _, pat := range c.Exclude {
		if Match(pat, r) {
			return true
		}
	}
	return false
}

// FileIgnores returns the per-file-ignores entries whose pattern matches
// path, in pattern order.
func (c *Config) FileIgnores(p string) []PerFileIgnore {
	if len(c.PerFileIgnores) == 0 {
		return nil
	}
	r, ok := c.rel(p)
	if !ok {
		return nil
	}
	var out []PerFileIgnore
	for _, e := range c.PerFileIgnores {
		if Match(e.Pattern, r) {
			out = append(out, e)
		}
	}
	return out
}

// findingMatches reports whether sel names the rule of f, as
// analysis.Rule.Matches does for a rule.
func findingMatches(sel string, f *finding.Finding) bool {
	if strings.EqualFold(sel, "all") || strings.EqualFold(sel, f.RuleName) {
		return true
	}
	up := strings.ToUpper(sel)
	if strings.HasPrefix(strings.ToUpper(f.RuleID), up) {
		return true
	}
	for _, a := range f.Aliases {
		if strings.HasPrefix(strings.ToUpper(a), up) {
			return true
		}
	}
	return false
}

// Reported reports whether f is at or above the severity and confidence
// thresholds.
func (c *Config) Reported(f *finding.Finding) bool {
	return f.Severity >= c.Severity && f.Confidence >= c.Confidence
}

// Apply returns the findings of fs that are at or above the thresholds, with
// those that a per-file-ignores entry names marked Suppressed (kind
// "config", reason naming the entry). A finding already suppressed keeps its
// suppression. fs is not modified.
func (c *Config) Apply(fs []finding.Finding) []finding.Finding {
	out := make([]finding.Finding, 0, len(fs))
	for i := range fs {
		f := fs[i]
		if !c.Reported(&f) {
			continue
		}
		if f.Suppressed == nil {
		entries:
			for _, e := range c.FileIgnores(f.Path) {
				for _, sel := range e.Rules {
					if findingMatches(sel, &f) {
						f.Suppressed = &finding.Suppression{Kind: "config", Reason: fmt.Sprintf("per-file-ignores %q in %s", e.Pattern, c.File)}
						break entries
					}
				}
			}
		}
		out = append(out, f)
	}
	return out
}
