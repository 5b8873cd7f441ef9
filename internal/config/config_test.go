package config

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
)

// summary is the part of a Config the table tests compare.
type summary struct {
	File       string
	Source     Source
	Select     []string
	Ignore     []string
	Exclude    []string
	PFI        map[string][]string
	Severity   finding.Severity
	Confidence finding.Confidence
	FailOn     finding.Severity
	Gitignore  bool
	Rules      map[string]map[string]any
}

func summarize(c *Config) summary {
	s := summary{
		File: filepath.ToSlash(c.File), Source: c.Source, Select: c.Select, Ignore: c.Ignore, Exclude: c.Exclude,
		Severity: c.Severity, Confidence: c.Confidence, FailOn: c.FailOn, Gitignore: c.RespectGitignore, Rules: c.Rules,
	}
	if len(c.PerFileIgnores) > 0 {
		s.PFI = make(map[string][]string)
		for _, p := range c.PerFileIgnores {
			s.PFI[p.Pattern] = p.Rules
		}
	}
	return s
}

func TestFind(t *testing.T) {
	t.Chdir("testdata")
	for _, c := range []struct {
		start string
		want  summary
	}{
		{"pyproject/src/pkg/mod.py", summary{
			File: "pyproject/pyproject.toml", Source: SourcePyproject,
			Select: []string{"all"}, Ignore: []string{"B101", "yaml-load"},
			Exclude:  []string{"migrations", "src/generated/**", "*_pb2.py"},
			PFI:      map[string][]string{"tests/**": {"B101", "KRT16"}, "__init__.py": {"all"}},
			Severity: finding.Medium, Confidence: finding.LowConfidence, FailOn: finding.High, Gitignore: false,
			Rules: map[string]map[string]any{
				"hardcoded-tmp-directory": {"tmp-dirs": []any{"/tmp", "/var/tmp", "/dev/shm"}},
				"hardcoded-password":      {"names": []any{"secret", "token"}, "min-length": int64(4)},
			},
		}},
		{"pyproject", summary{
			File: "pyproject/pyproject.toml", Source: SourcePyproject,
			Select: []string{"all"}, Ignore: []string{"B101", "yaml-load"},
			Exclude:  []string{"migrations", "src/generated/**", "*_pb2.py"},
			PFI:      map[string][]string{"tests/**": {"B101", "KRT16"}, "__init__.py": {"all"}},
			Severity: finding.Medium, Confidence: finding.LowConfidence, FailOn: finding.High,
			Rules: map[string]map[string]any{
				"hardcoded-tmp-directory": {"tmp-dirs": []any{"/tmp", "/var/tmp", "/dev/shm"}},
				"hardcoded-password":      {"names": []any{"secret", "token"}, "min-length": int64(4)},
			},
		}},
		// krait.toml wins over [tool.krait] in the same directory.
		{"kraittoml/sub", summary{File: "kraittoml/krait.toml", Source: SourceKrait, Select: []string{"B6"}, Ignore: []string{"B602"}, Gitignore: true}},
		{"bandit-pyproject/pkg/app.py", summary{
			File: "bandit-pyproject/pyproject.toml", Source: SourceBanditPyproject,
			Select: []string{"B201", "B301"}, Ignore: []string{"B101", "B601"},
			Exclude:   []string{"tests", "venv", "**/src/generated", "**/fixtures/**"},
			PFI:       map[string][]string{"*_test.py": {"B101"}, "test_*.py": {"B101"}},
			Gitignore: true,
		}},
		{"bandit-ini/pkg", summary{
			File: "bandit-ini/.bandit", Source: SourceBanditINI,
			Select: []string{"B602"}, Ignore: []string{"B101", "B311"}, Exclude: []string{"tests", "docs"}, Gitignore: true,
		}},
		// The nearest directory with a configuration decides.
		{"nearest/sub/app.py", summary{File: "nearest/sub/.bandit", Source: SourceBanditINI, Ignore: []string{"B404"}, Gitignore: true}},
		{"nearest", summary{File: "nearest/krait.toml", Source: SourceKrait, Select: []string{"KRT"}, Gitignore: true}},
		// A pyproject.toml without [tool.krait] or [tool.bandit] is passed by.
		{"pyproject-without-krait/inner/app.py", summary{File: "pyproject-without-krait/krait.toml", Source: SourceKrait, Ignore: []string{"B105"}, Gitignore: true}},
	} {
		t.Run(c.start, func(t *testing.T) {
			cfg, err := Find(t.Context(), c.start)
			if err != nil {
				t.Fatal(err)
			}
			if got := summarize(cfg); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
			wantDir, _ := filepath.Abs(filepath.Dir(c.want.File))
			if cfg.Dir != wantDir {
				t.Errorf("Dir = %s, want %s", cfg.Dir, wantDir)
			}
		})
	}
}

func TestFindNone(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pyproject.toml"), []byte("[project]\nname = \"x\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := Find(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.File != "" && !strings.HasPrefix(cfg.File, "/") {
		// An ancestor of the temporary directory has a configuration: the
		// test cannot tell, so say so rather than fail.
		t.Skipf("a configuration above %s: %s", dir, cfg.File)
	}
	if cfg.File == "" && (!cfg.RespectGitignore || cfg.Source != SourceDefault || len(cfg.Select) > 0) {
		t.Errorf("default config = %+v", cfg)
	}
}

func TestFindCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Find(ctx, "testdata"); err == nil {
		t.Error("no error from a cancelled context")
	}
}

func TestErrors(t *testing.T) {
	t.Chdir("testdata")
	for _, c := range []struct {
		path string
		want string
	}{
		{"bad/unknown-key.toml", `bad/unknown-key.toml: selct: unknown key (did you mean "select"?)`},
		{"bad/pyproject-unknown", `bad/pyproject-unknown/pyproject.toml: tool.krait.selct: unknown key (did you mean "select"?)`},
		{"bad/wrong-type.toml", `bad/wrong-type.toml: select: expected a list of strings, got a string`},
		{"bad/wrong-element.toml", `bad/wrong-element.toml: ignore[1]: expected a string, got an integer`},
		{"bad/severity.toml", `bad/severity.toml: severity: unknown severity "severe" (want low, medium, high or critical)`},
		{"bad/confidence.toml", `bad/confidence.toml: confidence: unknown confidence "certain" (want low, medium or high)`},
		{"bad/gitignore.toml", `bad/gitignore.toml: respect-gitignore: expected true or false, got a string`},
		{"bad/rules.toml", `bad/rules.toml: rules.hardcoded-password: expected a table, got a string`},
		{"bad/pattern.toml", `bad/pattern.toml: exclude[0]: invalid pattern "src/[abc"`},
		{"bad/pfi.toml", `bad/pfi.toml: per-file-ignores."tests/**": expected a list of strings, got a string`},
		{"bad/tool.toml", `bad/tool.toml: tool: unknown key (krait.toml takes the keys of [tool.krait] at its top level)`},
		{"bad/syntax.toml", `bad/syntax.toml:2:1: invalid TOML: `},
		{"bad/duplicate.toml", `bad/duplicate.toml:2:1: invalid TOML: `},
		{"bad/ini/.bandit", `bad/ini/.bandit:2: invalid INI: want "key = value", got "skips B101"`},
		{"bad/bandit-pyproject", `bad/bandit-pyproject/pyproject.toml: tool.bandit.skips: expected a list of strings or a comma-separated string, got an integer`},
		{"no/such/krait.toml", `no/such/krait.toml: cannot read the file: no such file or directory`},
	} {
		t.Run(c.path, func(t *testing.T) {
			var err error
			if strings.HasSuffix(c.path, ".toml") || strings.HasSuffix(c.path, ".bandit") {
				_, err = Load(c.path)
			} else {
				_, err = Find(t.Context(), c.path)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v (%T), want a *config.Error", err, err)
			}
			got := filepath.ToSlash(err.Error())
			if !strings.HasPrefix(got, c.want) {
				t.Errorf("error:\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestLoadPyprojectWithoutTables(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pyproject.toml")
	if err := os.WriteFile(p, []byte("[project]\nname = \"x\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "no [tool.krait] or [tool.bandit] table") {
		t.Errorf("err = %v", err)
	}
}

func rule(id, name string, aliases ...string) *analysis.Rule {
	return &analysis.Rule{ID: id, Name: name, Aliases: aliases}
}

func TestRuleEnabled(t *testing.T) {
	b601 := rule("KRT1601", "paramiko-calls", "B601", "S601")
	b602 := rule("KRT1602", "subprocess-shell-true", "B602", "S602")
	b101 := rule("KRT1101", "assert-used", "B101", "S101")
	for _, c := range []struct {
		sel, ign []string
		want     [3]bool // b601, b602, b101
	}{
		{nil, nil, [3]bool{true, true, true}},
		{[]string{"all"}, nil, [3]bool{true, true, true}},
		{nil, []string{"all"}, [3]bool{false, false, false}},
		{[]string{"B6"}, nil, [3]bool{true, true, false}},
		{[]string{"B6"}, []string{"B602"}, [3]bool{true, false, false}},
		{[]string{"B602"}, []string{"B6"}, [3]bool{false, true, false}},
		{[]string{"B602"}, []string{"all"}, [3]bool{false, true, false}},
		{nil, []string{"assert-used", "s601"}, [3]bool{false, true, false}},
		{[]string{"KRT16"}, []string{"KRT16"}, [3]bool{false, false, false}}, // ignore wins a tie
		{[]string{"subprocess-shell-true"}, nil, [3]bool{false, true, false}},
	} {
		cfg := &Config{Select: c.sel, Ignore: c.ign}
		got := [3]bool{cfg.RuleEnabled(b601), cfg.RuleEnabled(b602), cfg.RuleEnabled(b101)}
		if got != c.want {
			t.Errorf("select %q ignore %q: got %v, want %v", c.sel, c.ign, got, c.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		pat, rel string
		want     bool
	}{
		{"tests", "tests/test_a.py", true},
		{"tests", "pkg/tests/test_a.py", true},
		{"tests", "pkg/mytests.py", false},
		{"*_pb2.py", "pkg/api_pb2.py", true},
		{"__init__.py", "pkg/__init__.py", true},
		{"src/gen", "src/gen/a.py", true},
		{"src/gen", "lib/src/gen/a.py", false},
		{"/src/gen/", "src/gen/a.py", true},
		{"./src/gen", "src/gen/a.py", true},
		{"**/src/gen", "lib/src/gen/a.py", true},
		{"tests/**", "tests/a/b.py", true},
		{"tests/*.py", "tests/a/b.py", false},
		{"tests/*.py", "tests/b.py", true},
		{"**/migrations/*.py", "app/migrations/0001.py", true},
		{"{docs,examples}", "examples/x.py", true},
		{"", "a.py", false},
	} {
		if got := Match(c.pat, c.rel); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.pat, c.rel, got, c.want)
		}
	}
}

func TestPaths(t *testing.T) {
	t.Chdir("testdata")
	cfg, err := Find(t.Context(), "pyproject")
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{
		"pyproject/migrations/0001.py":      true,
		"pyproject/src/generated/x/y.py":    true,
		"pyproject/src/api_pb2.py":          true,
		"pyproject/src/pkg/mod.py":          false,
		"migrations/outside-the-project.py": false,
	} {
		if got := cfg.Excluded(p); got != want {
			t.Errorf("Excluded(%q) = %v", p, got)
		}
	}
	abs, _ := filepath.Abs("pyproject/migrations/x.py")
	if !cfg.Excluded(abs) {
		t.Errorf("absolute path not excluded")
	}
	ign := cfg.FileIgnores("pyproject/tests/unit/test_a.py")
	if len(ign) != 1 || ign[0].Pattern != "tests/**" {
		t.Errorf("FileIgnores = %+v", ign)
	}
	if got := cfg.RuleOptions("Hardcoded_Password"); got["min-length"] != int64(4) {
		t.Errorf("RuleOptions = %v", got)
	}
	if cfg.RuleOptions("nope") != nil {
		t.Error("options for an unknown rule")
	}
}

func TestApply(t *testing.T) {
	t.Chdir("testdata")
	cfg, err := Find(t.Context(), "pyproject")
	if err != nil {
		t.Fatal(err)
	}
	mk := func(id, name, path string, sev finding.Severity, conf finding.Confidence, aliases ...string) finding.Finding {
		return finding.Finding{RuleID: id, RuleName: name, Aliases: aliases, Path: path, Line: 1, Severity: sev, Confidence: conf}
	}
	in := []finding.Finding{
		mk("KRT1101", "assert-used", "pyproject/tests/test_a.py", finding.Medium, finding.HighConfidence, "B101"),
		mk("KRT1101", "assert-used", "pyproject/src/a.py", finding.Low, finding.HighConfidence, "B101"), // below severity
		mk("KRT1602", "subprocess-shell-true", "pyproject/tests/test_a.py", finding.High, finding.HighConfidence, "B602"),
		mk("KRT1506", "yaml-load", "pyproject/src/pkg/__init__.py", finding.High, finding.HighConfidence, "B506"),
		mk("KRT1506", "yaml-load", "pyproject/src/pkg/mod.py", finding.High, finding.HighConfidence, "B506"),
	}
	out := cfg.Apply(in)
	var got []string
	for _, f := range out {
		s := f.RuleID + " " + f.Path
		if f.Suppressed != nil {
			s += " [" + f.Suppressed.Kind + ": " + filepath.ToSlash(f.Suppressed.Reason) + "]"
		}
		got = append(got, s)
	}
	want := []string{
		`KRT1101 pyproject/tests/test_a.py [config: per-file-ignores "tests/**" in pyproject/pyproject.toml]`,
		`KRT1602 pyproject/tests/test_a.py [config: per-file-ignores "tests/**" in pyproject/pyproject.toml]`,
		`KRT1506 pyproject/src/pkg/__init__.py [config: per-file-ignores "__init__.py" in pyproject/pyproject.toml]`,
		`KRT1506 pyproject/src/pkg/mod.py`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if in[0].Suppressed != nil {
		t.Error("Apply changed its input")
	}
}

func TestCheck(t *testing.T) {
	t.Chdir("testdata")
	rules := []*analysis.Rule{
		rule("KRT1101", "assert-used", "B101"), rule("KRT1506", "yaml-load", "B506"),
		rule("KRT1602", "subprocess-shell-true", "B602"), rule("KRT1108", "hardcoded-tmp-directory", "B108"),
	}
	known := func(sel string) bool {
		for _, r := range rules {
			if r.Matches(sel) {
				return true
			}
		}
		return false
	}
	ruleName := func(name string) bool {
		for _, r := range rules {
			if r.Name == name || r.ID == name {
				return true
			}
		}
		return false
	}
	cfg, err := Find(t.Context(), "pyproject")
	if err != nil {
		t.Fatal(err)
	}
	err = cfg.Check(known, ruleName)
	if err == nil || filepath.ToSlash(err.Error()) != `pyproject/pyproject.toml: tool.krait.rules.hardcoded-password: unknown rule` {
		t.Errorf("Check = %v", err)
	}
	cfg.Ignore = append(cfg.Ignore, "B999") // as a caller replacing the list would, without keys
	if err := cfg.Check(known, ruleName); err == nil || filepath.ToSlash(err.Error()) != `pyproject/pyproject.toml: tool.krait.ignore: "B999" names no rule` {
		t.Errorf("Check = %v", err)
	}
	// Bandit's configuration may name Bandit plugins krait does not have.
	bcfg, err := Find(t.Context(), "bandit-ini")
	if err != nil {
		t.Fatal(err)
	}
	if err := bcfg.Check(known, ruleName); err != nil {
		t.Errorf("Check of a Bandit configuration: %v", err)
	}
}

func TestBanditPattern(t *testing.T) {
	for in, want := range map[string]string{
		"tests": "tests", "./venv/": "venv", "/tests": "tests", "src/gen": "**/src/gen",
		"*/fixtures/*": "**/fixtures/**", ".": "", "**/x": "**/x",
	} {
		if got := banditPattern(in); got != want {
			t.Errorf("banditPattern(%q) = %q, want %q", in, got, want)
		}
	}
}
