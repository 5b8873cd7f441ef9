package pyproject

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// summary renders the fields the tests check, one package per line.
func summary(p inventory.Package) string {
	s := []string{p.Name, p.Normalized, p.Group, strconv.Itoa(p.Line), p.Specifiers.String(), p.Version, p.Marker, strings.Join(p.Extras, "+"), p.Source}
	if p.NotAuditable != "" {
		s = append(s, "NA")
	}
	if !p.Direct {
		s = append(s, "indirect")
	}
	return strings.Join(s, "|")
}

func TestParse(t *testing.T) {
	tests := []struct {
		file     string
		want     []string
		problems []string // "line: substring"
	}{
		{
			file: "pep621.toml",
			want: []string{
				"requests|requests|main|5|>=2.31,<3||||pypi",
				"Flask|flask|main|6|==3.0.0|3.0.0|python_version >= '3.9'|async|pypi",
				"pkg|pkg|main|7|||||vcs|NA",
				"pytest|pytest|test|13|~=8.0||||pypi",
				"sphinx|sphinx|docs|15|||||pypi",
			},
			problems: []string{"8: invalid requirement", "9: entry 5 is not a string"},
		},
		{
			file: "groups.toml",
			want: []string{
				"pytest|pytest|test|3|>=8||||pypi",
				"mypy|mypy|test|6|==1.10.0|1.10.0|||pypi",
				"mypy|mypy|typing|6|==1.10.0|1.10.0|||pypi",
				"pytest|pytest|all|3|>=8||||pypi",
				"mypy|mypy|all|6|==1.10.0|1.10.0|||pypi",
				"six|six|loop-a|9|||||pypi",
				"six|six|loop-b|9|||||pypi",
			},
			problems: []string{
				`7: includes unknown group "missing"`,
				"9: include cycle: loop-a -> loop-b -> loop-a",
				"8: include cycle: loop-b -> loop-a -> loop-b",
			},
		},
		{
			file: "poetry.toml",
			want: []string{
				"requests|requests|main|6|>=2.31.0,<3.0.0||||pypi",
				"zerominor|zerominor|main|7|>=0.2.3,<0.3.0||||pypi",
				"zeropatch|zeropatch|main|8|>=0.0.3,<0.0.4||||pypi",
				"tilde|tilde|main|9|>=1.2.3,<1.3.0||||pypi",
				"tildeminor|tildeminor|main|10|>=1.2,<1.3||||pypi",
				"anything|anything|main|11|||||pypi",
				"wild|wild|main|12|==1.2.*||||pypi",
				"range|range|main|13|>=1,<2||||pypi",
				"exact|exact|main|14|==1.2.3|1.2.3|||pypi",
				"union|union|main|15|||||pypi",
				`fancy|fancy|security|16|>=1.0,<2.0||(python_version >= "3.8") and (sys_platform == 'linux')|security|pypi`,
				"gitdep|gitdep|main|17|||||vcs|NA",
				"pathdep|pathdep|main|18|||||editable|NA",
				"urldep|urldep|main|19|||||url|NA",
				`multi|multi|main|21|<1.0||python_version < "3.8"||pypi`,
				`multi|multi|main|22|>=1.0,<2.0||python_version >= "3.8"||pypi`,
				"badmarker|badmarker|main|25|==1.0|1.0|os_name = 'x'||pypi",
				"black|black|dev|29|>=24.1,<25.0||||pypi",
				"ruff|ruff|lint|32|>=0.4||||pypi",
			},
			problems: []string{"15: union: version \"^1.0 || ^2.0\" is the union >=1.0,<2.0 || >=2.0,<3.0", "24: broken", "25: invalid marker", "26: no version, git, path or url"},
		},
		{
			file:     "invalid.toml",
			problems: []string{"1: invalid TOML"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			pkgs, problems, err := Parse(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range pkgs {
				if p.File != path {
					t.Errorf("%s: File = %q", p.Name, p.File)
				}
				got = append(got, summary(p))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("packages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(problems) != len(tt.problems) {
				t.Errorf("problems = %v, want %d", problems, len(tt.problems))
			}
			for _, w := range tt.problems {
				line, sub, _ := strings.Cut(w, ": ")
				found := false
				for _, pr := range problems {
					if strconv.Itoa(pr.Line) == line && strings.Contains(pr.Msg, sub) && pr.File == path {
						found = true
					}
				}
				if !found {
					t.Errorf("missing problem %q in %v", w, problems)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	if _, _, err := Parse(context.Background(), filepath.Join("testdata", "absent.toml"), Options{}); err == nil || !strings.Contains(err.Error(), "absent.toml") {
		t.Errorf("missing file: err = %v", err)
	}
	if _, _, err := Parse(context.Background(), "testdata", Options{}); err == nil {
		t.Error("directory: no error")
	}
	if _, _, err := Parse(context.Background(), filepath.Join("testdata", "poetry.toml"), Options{MaxFileSize: 10}); err == nil {
		t.Error("size limit: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, filepath.Join("testdata", "poetry.toml"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestDynamic(t *testing.T) {
	data := []byte("[project]\nname = \"x\"\ndynamic = [\"dependencies\"]\n")
	_, problems, err := ParseBytes(context.Background(), "pyproject.toml", data, Options{})
	if err != nil || len(problems) != 1 || problems[0].Line != 3 || !strings.Contains(problems[0].Msg, "dynamic") {
		t.Errorf("problems = %v, err = %v", problems, err)
	}
}

func TestCRLFAndBOM(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "pep621.toml"))
	if err != nil {
		t.Fatal(err)
	}
	crlf := append([]byte("\ufeff"), []byte(strings.ReplaceAll(string(data), "\n", "\r\n"))...)
	pkgs, _, err := ParseBytes(context.Background(), "p.toml", crlf, Options{})
	if err != nil || len(pkgs) != 5 || pkgs[1].Line != 6 || pkgs[4].Line != 15 {
		t.Errorf("pkgs = %v, err = %v", pkgs, err)
	}
}

func TestTranslateConstraint(t *testing.T) {
	tests := []struct {
		in, want string
		union    bool
		bad      bool
	}{
		{"^1.2.3", ">=1.2.3,<2.0.0", false, false},
		{"^0.2.3", ">=0.2.3,<0.3.0", false, false},
		{"^0.0.3", ">=0.0.3,<0.0.4", false, false},
		{"^0.0", ">=0.0,<0.1", false, false},
		{"^0", ">=0,<1", false, false},
		{"^1", ">=1,<2", false, false},
		{"^1.2.3b1", ">=1.2.3b1,<2.0.0", false, false},
		{"~1.2.3", ">=1.2.3,<1.3.0", false, false},
		{"^1!2.3", ">=1!2.3,<1!3.0", false, false},
		{"~1.2.3.post1", ">=1.2.3.post1,<1.3.0", false, false},
		{"~1.2", ">=1.2,<1.3", false, false},
		{"~1", ">=1,<2", false, false},
		{"~=1.2", "~=1.2", false, false},
		{"*", "", false, false},
		{"1.2.*", "==1.2.*", false, false},
		{">=1,<2", ">=1,<2", false, false},
		{">=1 <2", ">=1,<2", false, false},
		{">= 1.0, < 2.0", ">=1.0,<2.0", false, false},
		{"1.2.3", "==1.2.3", false, false},
		{"=1.2.3", "==1.2.3", false, false},
		{"!=1.5", "!=1.5", false, false},
		{"^1.0 || ^2.0", ">=1.0,<2.0 || >=2.0,<3.0", true, false},
		{"1.0 || *", "==1.0 || *", true, false},
		{"", "", false, true},
		{"^", "", false, true},
		{"^abc", "", false, true},
		{"foo", "", false, true},
		{">=1 ||", "", false, true},
		{"~>1", "", false, true},
	}
	for _, tt := range tests {
		got, err := TranslateConstraint(tt.in)
		switch {
		case tt.bad:
			if err == nil || errors.Is(err, ErrUnion) {
				t.Errorf("%q: got %q, %v; want an error", tt.in, got, err)
			}
		case tt.union:
			if got != tt.want || !errors.Is(err, ErrUnion) {
				t.Errorf("%q = %q, %v; want %q and ErrUnion", tt.in, got, err, tt.want)
			}
		default:
			if got != tt.want || err != nil {
				t.Errorf("%q = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		}
	}
}
