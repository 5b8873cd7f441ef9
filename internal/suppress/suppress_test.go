package suppress

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
)

func TestParse(t *testing.T) {
	type d struct {
		kind   Kind
		col    int
		codes  []string
		reason string
	}
	for _, c := range []struct {
		comment string
		want    []d
	}{
		{"# nosec", []d{{Nosec, 1, nil, ""}}},
		{"#nosec", []d{{Nosec, 1, nil, ""}}},
		{"# NOSEC", []d{{Nosec, 1, nil, ""}}},
		{"# nosec B602, B607", []d{{Nosec, 1, []string{"B602", "B607"}, ""}}},
		{"# nosec B602,B607", []d{{Nosec, 1, []string{"B602", "B607"}, ""}}},
		{"# nosec: B602", []d{{Nosec, 1, []string{"B602"}, ""}}},
		{"# nosec:B602", []d{{Nosec, 1, []string{"B602"}, ""}}},
		{"# nosec subprocess_popen_with_shell_equals_true", []d{{Nosec, 1, []string{"subprocess_popen_with_shell_equals_true"}, ""}}},
		{"# nosec - reviewed", []d{{Nosec, 1, []string{"-", "reviewed"}, ""}}},
		{"# nosec B602 # more text", []d{{Nosec, 1, []string{"B602"}, ""}}},
		{"# type: ignore # nosec", []d{{Nosec, 16, nil, ""}}},
		{"# noqa", []d{{Noqa, 1, nil, ""}}},
		{"# NoQA", []d{{Noqa, 1, nil, ""}}},
		{"# noqa: S602,S603", []d{{Noqa, 1, []string{"S602", "S603"}, ""}}},
		{"# noqa:S602 S603 because reasons", []d{{Noqa, 1, []string{"S602", "S603"}, ""}}},
		{"# noqa S602", []d{{Noqa, 1, nil, ""}}}, // no colon: blanket, as in flake8
		{"# noqa: S602 # nosec B602", []d{{Noqa, 1, []string{"S602"}, ""}, {Nosec, 14, []string{"B602"}, ""}}},
		{"# krait: ignore[subprocess-shell-true, B607] argv is fixed", []d{{Krait, 1, []string{"subprocess-shell-true", "B607"}, "argv is fixed"}}},
		{"# krait:ignore[KRT1602]", []d{{Krait, 1, []string{"KRT1602"}, ""}}},
		{"# krait: ignore trusted input, see #12", []d{{Krait, 1, nil, "trusted input, see #12"}}},
		{"# krait: ignore", []d{{Krait, 1, nil, ""}}},
		{"# krait: ignore[B602 reason lost", []d{{Krait, 1, []string{"B602", "reason", "lost"}, ""}}},
		{"# krait: ignore[B602] ok # noqa: S602", []d{{Krait, 1, []string{"B602"}, "ok"}, {Noqa, 26, []string{"S602"}, ""}}},
		// Not directives.
		{"# this is nosec", nil},
		{"# nosecurity here", nil},
		{"# noqa_like", nil},
		{"# krait: ignored", nil},
		{"# krait: check", nil},
		{"# see 'nosec'", nil},
		{`# use "# nosec" to silence`, nil},
	} {
		ds := Parse([]ast.Comment{{Lineno: 3, ColOffset: 4, Text: c.comment}})
		var got []d
		for _, x := range ds {
			if x.Line != 3 {
				t.Errorf("%q: line %d", c.comment, x.Line)
			}
			got = append(got, d{x.Kind, x.Column - 4, x.Codes, x.Reason})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", c.comment, got, c.want)
		}
	}
}

var shell = finding.Finding{
	RuleID: "KRT1602", RuleName: "subprocess-shell-true", Aliases: []string{"B602", "S602"},
	Severity: finding.High, Confidence: finding.HighConfidence, Path: "a.py", Message: "shell",
}

var yamlLoad = finding.Finding{
	RuleID: "KRT1506", RuleName: "yaml-load", Aliases: []string{"B506", "S506"},
	Severity: finding.Medium, Confidence: finding.HighConfidence, Path: "a.py", Message: "yaml",
}

var names = Names{
	"KRT1602": {"subprocess-shell-true", "B602", "S602", "subprocess_popen_with_shell_equals_true"},
	"KRT1506": {"yaml-load", "B506", "S506", "yaml_load"},
	"KRT1607": {"partial-path", "B607", "S607", "start_process_with_partial_path"},
}

func at(f finding.Finding, line, endLine int) finding.Finding {
	f.Line, f.Column, f.EndLine = line, 1, endLine
	return f
}

func TestApply(t *testing.T) {
	type want struct {
		suppressed []string // reason of each finding, "-" when not suppressed
		unused     []string // "line:col message" of each unused directive
	}
	for _, c := range []struct {
		name     string
		src      string
		findings []finding.Finding
		names    Names
		want     want
	}{
		{"bare nosec", "f()  # nosec\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"nosec", "nosec"}, nil}},
		{"nosec by ID", "f()  # nosec B602\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"nosec", "-"}, nil}},
		{"nosec two IDs, one unused", "f()  # nosec B602, B607\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"nosec"}, []string{"1:6 unused suppression `# nosec B602, B607`: B607 suppresses nothing"}}},
		{"nosec Bandit test name", "f()  # nosec: subprocess_popen_with_shell_equals_true\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"nosec", "-"}, nil}},
		{"nosec prose is blanket", "f()  # nosec - reviewed by security\n", []finding.Finding{at(yamlLoad, 1, 1)}, names,
			want{[]string{"nosec"}, nil}},
		{"nosec unknown ID is not blanket", "f()  # nosec B999\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, nil}},
		{"nosec on another line", "f()\n# nosec\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, []string{"2:1 unused suppression `# nosec`: it suppresses nothing"}}},
		{"noqa bare", "f()  # noqa\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"noqa"}, nil}},
		{"noqa codes, case-insensitive", "f()  # noqa: s602,S603\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"noqa", "-"}, nil}},
		{"noqa foreign code is not reported", "f()  # noqa: E501\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, nil}},
		{"unused bare noqa is not reported", "f()  # noqa\n", nil, names,
			want{nil, nil}},
		{"unused known noqa code", "f()  # noqa: S506\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, []string{"1:6 unused suppression `# noqa: S506`: S506 suppresses nothing"}}},
		{"krait by name with reason", "f()  # krait: ignore[subprocess-shell-true] argv is fixed\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"argv is fixed", "-"}, nil}},
		{"krait by ID and alias", "f()  # krait: ignore[krt1602, B506]\n", []finding.Finding{at(shell, 1, 1), at(yamlLoad, 1, 1)}, names,
			want{[]string{"", ""}, nil}},
		{"krait by extra name", "f()  # krait: ignore[yaml_load]\n", []finding.Finding{at(yamlLoad, 1, 1)}, names,
			want{[]string{""}, nil}},
		{"krait blanket with reason", "f()  # krait: ignore test fixture\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"test fixture"}, nil}},
		{"krait unknown rule", "f()  # krait: ignore[no-such-rule, B602] why\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"why"}, []string{"1:6 unused suppression `# krait: ignore[no-such-rule, B602] why`: no-such-rule names no rule"}}},
		{"krait unused", "f()  # krait: ignore[yaml-load]\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, []string{"1:6 unused suppression `# krait: ignore[yaml-load]`: yaml-load suppresses nothing"}}},
		{"multi-line finding, first line", "subprocess.Popen(  # nosec\n    cmd,\n    shell=True)\n", []finding.Finding{at(shell, 1, 3)}, names,
			want{[]string{"nosec"}, nil}},
		{"multi-line finding, last line", "subprocess.Popen(\n    cmd,\n    shell=True)  # noqa: S602\n", []finding.Finding{at(shell, 1, 3)}, names,
			want{[]string{"noqa"}, nil}},
		{"multi-line finding, middle line", "subprocess.Popen(\n    cmd,  # nosec\n    shell=True)\n", []finding.Finding{at(shell, 1, 3)}, names,
			want{[]string{"-"}, []string{"2:11 unused suppression `# nosec`: it suppresses nothing"}}},
		{"two directives, both used", "f()  # noqa: S602 # nosec B602\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"noqa"}, nil}},
		{"whole-file finding", "# nosec\n", []finding.Finding{at(shell, 0, 0)}, names,
			want{[]string{"-"}, []string{"1:1 unused suppression `# nosec`: it suppresses nothing"}}},
		{"nil names: finding names still match", "f()  # nosec B602\n", []finding.Finding{at(shell, 1, 1)}, nil,
			want{[]string{"nosec"}, nil}},
		{"comment in a string is not a comment", "s = '# nosec'\n", []finding.Finding{at(shell, 1, 1)}, names,
			want{[]string{"-"}, nil}},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := parser.ParseFile("a.py", []byte(c.src))
			in := append([]finding.Finding(nil), c.findings...)
			out, unused := Apply(in, map[string][]ast.Comment{"a.py": file.Comments}, c.names)
			var got want
			for i, f := range out {
				if in[i].Suppressed != nil {
					t.Error("Apply changed its input")
				}
				if f.Suppressed == nil {
					got.suppressed = append(got.suppressed, "-")
					continue
				}
				if f.Suppressed.Kind != "inline" {
					t.Errorf("kind %q", f.Suppressed.Kind)
				}
				got.suppressed = append(got.suppressed, f.Suppressed.Reason)
			}
			for _, u := range unused {
				if u.Path != "a.py" {
					t.Errorf("unused path %q", u.Path)
				}
				got.unused = append(got.unused, strings.Join([]string{strconv.Itoa(u.Directive.Line) + ":" + strconv.Itoa(u.Directive.Column), u.Message()}, " "))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestApplyKeepsOtherSuppressions(t *testing.T) {
	f := at(shell, 1, 1)
	f.Suppressed = &finding.Suppression{Kind: "baseline"}
	file := parser.ParseFile("a.py", []byte("f()  # nosec\n"))
	out, unused := Apply([]finding.Finding{f}, map[string][]ast.Comment{"a.py": file.Comments}, names)
	if out[0].Suppressed.Kind != "baseline" || len(unused) != 0 {
		t.Errorf("got %+v, unused %v", out[0].Suppressed, unused)
	}
}

func TestApplyOtherFiles(t *testing.T) {
	a := parser.ParseFile("a.py", []byte("f()  # nosec\n"))
	b := parser.ParseFile("b.py", []byte("g()  # krait: ignore\n"))
	f := at(shell, 1, 1)
	f.Path = "b.py"
	out, unused := Apply([]finding.Finding{f}, map[string][]ast.Comment{"b.py": b.Comments, "a.py": a.Comments}, names)
	if out[0].Suppressed == nil {
		t.Error("b.py finding not suppressed")
	}
	if len(unused) != 1 || unused[0].Path != "a.py" {
		t.Errorf("unused = %+v", unused)
	}
}
