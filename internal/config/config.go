// Package config finds and reads krait's configuration: the [tool.krait]
// table of pyproject.toml, or a krait.toml file with the same keys at its top
// level, found by walking up from the scanned path. A project that has only
// Bandit's configuration ([tool.bandit] in pyproject.toml, or a .bandit INI
// file) gets its skips, tests and excludes read instead, so a Bandit user
// switches with no edits. docs/configuration.md documents the schema.
//
// Every problem with a configuration file is an *Error naming the file and
// the key:
//
//	pyproject.toml: tool.krait.selct: unknown key (did you mean "select"?)
//
// which the command line reports with exit code 2.
package config

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/taint"
)

// File names that Find looks for, in each directory, in this order.
const (
	KraitFile     = "krait.toml"
	PyprojectFile = "pyproject.toml"
	BanditFile    = ".bandit"
)

// Source says which kind of file a configuration came from.
type Source string

// The sources of a configuration.
const (
	SourceDefault         Source = ""            // no file: the defaults
	SourceKrait           Source = "krait.toml"  // a krait.toml file
	SourcePyproject       Source = "tool.krait"  // [tool.krait] in pyproject.toml
	SourceBanditPyproject Source = "tool.bandit" // [tool.bandit] in pyproject.toml
	SourceBanditINI       Source = "bandit.ini"  // a .bandit INI file
)

// Bandit reports whether the configuration was read from Bandit's.
func (s Source) Bandit() bool { return s == SourceBanditPyproject || s == SourceBanditINI }

// Config is a project's configuration.
type Config struct {
	// File is the configuration file, as a path relative to the working
	// directory when it is below it and absolute otherwise; "" when no file
	// was found.
	File   string
	Source Source
	// Dir is the absolute directory that patterns are relative to: the
	// directory of File, or the directory the search started from when
	// there is no file.
	Dir string

	// Select lists the rules to run (IDs, names, aliases, prefixes or
	// "all"); empty means every rule. Ignore lists rules not to run. See
	// RuleEnabled.
	Select []string
	Ignore []string
	// PerFileIgnores lists rules not reported for files matching a
	// pattern, sorted by pattern.
	PerFileIgnores []PerFileIgnore
	// Exclude lists patterns of files and directories not scanned.
	Exclude []string
	// Severity and Confidence are the lowest levels reported; 0 reports
	// all.
	Severity   finding.Severity
	Confidence finding.Confidence
	// FailOn is the lowest severity that makes krait exit 1; 0 when the
	// file does not say (the command line's default applies).
	FailOn finding.Severity
	// RespectGitignore is whether files ignored by .gitignore are skipped;
	// true unless the file says otherwise.
	RespectGitignore bool
	// Rules holds the options of each rule, by the rule name written in
	// the [tool.krait.rules.NAME] table.
	Rules map[string]map[string]any
	// Taint holds the project's own sources, sinks and sanitisers for the
	// taint rules ([tool.krait.taint]); nil when there are none.
	Taint *taint.UserModels
	// Deps configures the dependency audit ([tool.krait.deps]); nil when
	// the file has no such table.
	Deps *Deps
	// Licenses is the license policy ([tool.krait.licenses]); nil when
	// the file has no such table.
	Licenses *Licenses

	// keys records where each selector came from, for Check's messages.
	selectKeys, ignoreKeys []string
}

// PerFileIgnore is one entry of per-file-ignores.
type PerFileIgnore struct {
	Pattern string   // a doublestar glob; see docs/configuration.md
	Rules   []string // rule IDs, names, aliases, prefixes or "all"
	key     string
}

// Error is a problem with a configuration file.
type Error struct {
	File         string // the file, as Config.File names it
	Key          string // the dotted key, e.g. tool.krait.select; "" for the whole file
	Line, Column int    // 1-based position when known (syntax errors), else 0
	Msg          string
	Err          error // the underlying error, if any
}

// Error formats e as "FILE: KEY: MSG", or "FILE:LINE:COL: MSG" for a syntax
// error.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if e.Key != "" {
		b.WriteString(": " + e.Key)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Default returns the configuration used when there is no file: every rule,
// every severity, .gitignore respected, patterns relative to dir.
func Default(dir string) *Config {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return &Config{Dir: abs, RespectGitignore: true}
}

// Find looks for the configuration of start (a file or directory): from
// start's directory up to the root of the file system, the first directory
// that has one of these gives it, in this order:
//
//	krait.toml
//	pyproject.toml with a [tool.krait] table
//	pyproject.toml with a [tool.bandit] table (Bandit's configuration)
//	.bandit (Bandit's INI configuration)
//
// So the nearest project's configuration applies, and a Bandit
// configuration is read only where the project has no krait configuration.
// With none of them, Find returns Default(start's directory). A
// pyproject.toml that cannot be read or parsed on the way up is an error, as
// is a bad configuration.
func Find(ctx context.Context, start string) (*Config, error) {
	abs, err := filepath.Abs(start)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", start, err)
	}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		abs = filepath.Dir(abs)
	}
	for dir := abs; ; dir = filepath.Dir(dir) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p := filepath.Join(dir, KraitFile); isFile(p) {
			return Load(p)
		}
		if p := filepath.Join(dir, PyprojectFile); isFile(p) {
			doc, err := readTOML(p)
			if err != nil {
				return nil, err
			}
			_, krait := lookup(doc, "tool", "krait")
			_, bandit := lookup(doc, "tool", "bandit")
			if krait || bandit {
				return fromPyproject(p, doc)
			}
		}
		if p := filepath.Join(dir, BanditFile); isFile(p) {
			return loadBanditINI(p)
		}
		if filepath.Dir(dir) == dir {
			return Default(abs), nil
		}
	}
}

// Load reads the configuration file path, named explicitly (--config): a
// pyproject.toml is read for [tool.krait], or [tool.bandit] when it has no
// [tool.krait]; a file named .bandit or ending in .ini or .cfg is read as
// Bandit's INI configuration; any other file as a krait.toml.
func Load(path string) (*Config, error) {
	base := filepath.Base(path)
	switch {
	case base == PyprojectFile:
		doc, err := readTOML(path)
		if err != nil {
			return nil, err
		}
		return fromPyproject(path, doc)
	case base == BanditFile, strings.HasSuffix(base, ".ini"), strings.HasSuffix(base, ".cfg"):
		return loadBanditINI(path)
	}
	doc, err := readTOML(path)
	if err != nil {
		return nil, err
	}
	c := newConfig(path, SourceKrait)
	d := decoder{file: c.File}
	if _, ok := doc["tool"]; ok {
		return nil, &Error{File: c.File, Key: "tool", Msg: "unknown key (" + KraitFile + " takes the keys of [tool.krait] at its top level)"}
	}
	if err := d.krait(c, doc, ""); err != nil {
		return nil, err
	}
	return c, nil
}

func fromPyproject(path string, doc map[string]any) (*Config, error) {
	if v, ok := lookup(doc, "tool", "krait"); ok {
		c := newConfig(path, SourcePyproject)
		d := decoder{file: c.File}
		t, err := d.table(v, "tool.krait")
		if err != nil {
			return nil, err
		}
		if err := d.krait(c, t, "tool.krait."); err != nil {
			return nil, err
		}
		return c, nil
	}
	if v, ok := lookup(doc, "tool", "bandit"); ok {
		c := newConfig(path, SourceBanditPyproject)
		d := decoder{file: c.File}
		t, err := d.table(v, "tool.bandit")
		if err != nil {
			return nil, err
		}
		if err := d.banditTOML(c, t, "tool.bandit."); err != nil {
			return nil, err
		}
		return c, nil
	}
	return nil, &Error{File: displayPath(path), Msg: "no [tool.krait] or [tool.bandit] table"}
}

func newConfig(path string, src Source) *Config {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return &Config{File: displayPath(path), Source: src, Dir: filepath.Dir(abs), RespectGitignore: true}
}

// displayPath returns path relative to the working directory when it is
// below it, absolute otherwise.
func displayPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return rel
		}
	}
	return abs
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// readTOML reads and parses a TOML file.
func readTOML(path string) (map[string]any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: displayPath(path), Msg: "cannot read the file: " + unwrapPathError(err).Error(), Err: err}
	}
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		e := &Error{File: displayPath(path), Msg: err.Error(), Err: err}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			e.Line, e.Column = de.Position()
			e.Msg = "invalid TOML: " + strings.TrimPrefix(de.Error(), "toml: ")
		}
		return nil, e
	}
	return doc, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// lookup follows keys through nested tables.
func lookup(doc map[string]any, keys ...string) (any, bool) {
	var v any = doc
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[k]; !ok {
			return nil, false
		}
	}
	return v, true
}

// decoder turns parsed TOML values into Config fields, with errors naming the
// file and key.
type decoder struct {
	file string
}

func (d decoder) errorf(key, format string, args ...any) error {
	return &Error{File: d.file, Key: key, Msg: fmt.Sprintf(format, args...)}
}

// kraitKeys are the keys of [tool.krait] and krait.toml.
var kraitKeys = []string{"select", "ignore", "per-file-ignores", "exclude", "severity", "confidence", "fail-on", "respect-gitignore", "rules", "taint", "deps", "licenses"}

// krait decodes the krait schema from table t, whose keys are named with
// prefix in errors.
func (d decoder) krait(c *Config, t map[string]any, prefix string) error {
	for _, k := range sortedKeys(t) {
		v := t[k]
		key := prefix + k
		var err error
		switch k {
		case "select":
			c.Select, err = d.strings(v, key)
			c.selectKeys = repeat(key, len(c.Select))
		case "ignore":
			c.Ignore, err = d.strings(v, key)
			c.ignoreKeys = repeat(key, len(c.Ignore))
		case "exclude":
			c.Exclude, err = d.patterns(v, key)
		case "per-file-ignores":
			var m map[string]any
			if m, err = d.table(v, key); err != nil {
				break
			}
			for _, pat := range sortedKeys(m) {
				pkey := key + "." + quoteKey(pat)
				if !doublestar.ValidatePattern(pat) {
					return d.errorf(pkey, "invalid pattern %q", pat)
				}
				rules, err := d.strings(m[pat], pkey)
				if err != nil {
					return err
				}
				c.PerFileIgnores = append(c.PerFileIgnores, PerFileIgnore{Pattern: pat, Rules: rules, key: pkey})
			}
		case "severity", "fail-on":
			var s string
			if s, err = d.string(v, key); err != nil {
				break
			}
			var sev finding.Severity
			if sev, err = finding.ParseSeverity(s); err != nil {
				return d.errorf(key, "%v", err)
			}
			if k == "severity" {
				c.Severity = sev
			} else {
				c.FailOn = sev
			}
		case "confidence":
			var s string
			if s, err = d.string(v, key); err != nil {
				break
			}
			var conf finding.Confidence
			if err := conf.UnmarshalText([]byte(s)); err != nil {
				return d.errorf(key, "%v", err)
			}
			c.Confidence = conf
		case "respect-gitignore":
			b, ok := v.(bool)
			if !ok {
				return d.errorf(key, "expected true or false, got %s", typeName(v))
			}
			c.RespectGitignore = b
		case "rules":
			var m map[string]any
			if m, err = d.table(v, key); err != nil {
				break
			}
			c.Rules = make(map[string]map[string]any, len(m))
			for _, name := range sortedKeys(m) {
				opts, err := d.table(m[name], key+"."+quoteKey(name))
				if err != nil {
					return err
				}
				c.Rules[name] = opts
			}
		case "taint":
			c.Taint, err = d.taint(v, key)
		case "deps":
			c.Deps, err = d.deps(v, key)
		case "licenses":
			c.Licenses, err = d.licenses(v, key)
		default:
			msg := "unknown key"
			if s := suggest(k, kraitKeys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return d.errorf(key, "%s", msg)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// quoteKey returns k as it would be written in a dotted TOML key.
func quoteKey(k string) string {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return fmt.Sprintf("%q", k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (d decoder) table(v any, key string) (map[string]any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, d.errorf(key, "expected a table, got %s", typeName(v))
	}
	return m, nil
}

func (d decoder) string(v any, key string) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", d.errorf(key, "expected a string, got %s", typeName(v))
	}
	return s, nil
}

func (d decoder) strings(v any, key string) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, d.errorf(key, "expected a list of strings, got %s", typeName(v))
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, d.errorf(fmt.Sprintf("%s[%d]", key, i), "expected a string, got %s", typeName(e))
		}
		out = append(out, s)
	}
	return out, nil
}

func (d decoder) patterns(v any, key string) ([]string, error) {
	pats, err := d.strings(v, key)
	if err != nil {
		return nil, err
	}
	for i, p := range pats {
		if p == "" || !doublestar.ValidatePattern(p) {
			return nil, d.errorf(fmt.Sprintf("%s[%d]", key, i), "invalid pattern %q", p)
		}
	}
	return pats, nil
}

// typeName names the TOML type of a decoded value.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64, int:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	case nil:
		return "nothing"
	}
	return "a date or time"
}

// suggest returns the candidate closest to s, when it is close enough to be
// a typo.
func suggest(s string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// taintKeys are the keys of [tool.krait.taint].
var taintKeys = []string{"sources", "sinks", "sanitizers"}

// taint decodes [tool.krait.taint]: sources (a list of qualified names),
// sinks (a table of qualified name = class) and sanitizers (a list, safe
// for every class, or a table of qualified name = class or list of
// classes).
func (d decoder) taint(v any, key string) (*taint.UserModels, error) {
	t, err := d.table(v, key)
	if err != nil {
		return nil, err
	}
	u := &taint.UserModels{Sources: map[string]string{}, Sinks: map[string]taint.Sink{}, Sanitizers: map[string]taint.Class{}}
	for _, k := range sortedKeys(t) {
		kkey := key + "." + k
		switch k {
		case "sources":
			names, err := d.strings(t[k], kkey)
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				u.Sources[n] = n
			}
		case "sinks":
			m, err := d.table(t[k], kkey)
			if err != nil {
				return nil, err
			}
			for _, n := range sortedKeys(m) {
				nkey := kkey + "." + quoteKey(n)
				c, err := d.taintClasses(m[n], nkey)
				if err != nil {
					return nil, err
				}
				if c&(c-1) != 0 {
					return nil, d.errorf(nkey, "a sink takes one vulnerability class")
				}
				u.Sinks[n] = taint.Sink{Class: c, AllArgs: true}
			}
		case "sanitizers":
			if _, isTable := t[k].(map[string]any); isTable {
				m, _ := d.table(t[k], kkey)
				for _, n := range sortedKeys(m) {
					c, err := d.taintClasses(m[n], kkey+"."+quoteKey(n))
					if err != nil {
						return nil, err
					}
					u.Sanitizers[n] = c
				}
				break
			}
			names, err := d.strings(t[k], kkey)
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				u.Sanitizers[n] = taint.AllClasses
			}
		default:
			msg := "unknown key"
			if s := suggest(k, taintKeys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, d.errorf(kkey, "%s", msg)
		}
	}
	return u, nil
}

// taintClasses decodes a class name or a list of them. A sink takes one
// class: the first of a list is used.
func (d decoder) taintClasses(v any, key string) (taint.Class, error) {
	var names []string
	if s, ok := v.(string); ok {
		names = []string{s}
	} else {
		var err error
		if names, err = d.strings(v, key); err != nil {
			return 0, err
		}
	}
	var c taint.Class
	for _, n := range names {
		one, err := taint.ParseClass(n)
		if err != nil {
			return 0, d.errorf(key, "%v", err)
		}
		c |= one
	}
	if c == 0 {
		return 0, d.errorf(key, "expected a vulnerability class")
	}
	return c, nil
}
