package setuppy

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

func summary(p inventory.Package) string {
	s := []string{p.Name, p.Group, strconv.Itoa(p.Line), p.Specifiers.String(), p.Version, p.Marker, strings.Join(p.Extras, "+")}
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
			file: "setup.cfg",
			want: []string{
				"requests|main|7|>=2.31|||",
				`importlib-metadata|main|10|||python_version < "3.8"|`,
				"Flask|main|12|==3.0.0|3.0.0||async",
				"pytest|test|17|>=8|||",
				"pytest-cov|test|17||||",
				"sphinx|docs|19|~=7.0|||",
			},
			problems: []string{"13: invalid requirement"},
		},
		{
			file:     "filedirective.cfg",
			problems: []string{"2: the referenced file is not read", "4: invalid requirement"},
		},
		{
			file: "setup.py",
			want: []string{
				"requests|main|4|>=2.31|||",
				"click|main|5|==8.1.7|8.1.7||",
				"sphinx|docs|7||||",
				"pytest|test|14|>=8|||",
				"coverage|test|14||||toml",
				"pywin32|win|15|||sys_platform == 'win32'|",
				"six|lines|17||||",
				"attrs|lines|18|>=23|||",
			},
		},
		{
			file: "computed.py",
			problems: []string{
				"12: install_requires is computed at run time; not read",
				`13: extras_require["x"] is computed at run time; not read`,
				`13: extras_require["y"] is computed at run time; not read`,
				"13: extras_require is computed at run time; not read",
				"14: passed with ** are computed at run time",
			},
		},
		{
			file: "tuple.py",
			want: []string{
				"a|main|2|>=1|||",
				`b|main|2|||os_name == "nt"|`,
				"d|main|4|==2|2||",
				"c|e|3||||",
			},
		},
		{
			file:     "syntax.py",
			problems: []string{"2: syntax error", "0: no setup() call found"},
		},
		{
			file:     "nosetup.py",
			problems: []string{"0: no setup() call found"},
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
	if _, _, err := Parse(context.Background(), filepath.Join("testdata", "absent.cfg"), Options{}); err == nil || !strings.Contains(err.Error(), "absent.cfg") {
		t.Errorf("missing file: err = %v", err)
	}
	if _, _, err := Parse(context.Background(), "testdata", Options{}); err == nil {
		t.Error("directory: no error")
	}
	if _, _, err := Parse(context.Background(), filepath.Join("testdata", "setup.py"), Options{MaxFileSize: 10}); err == nil {
		t.Error("size limit: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []string{"setup.py", "setup.cfg"} {
		if _, _, err := Parse(ctx, filepath.Join("testdata", f), Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s cancelled: err = %v", f, err)
		}
	}
}

func FuzzParseSetupCfg(f *testing.F) {
	f.Add([]byte("[options]\ninstall_requires =\n  a>=1\n  b; os_name=='nt'\n[options.extras_require]\nx = c\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pkgs, _, err := ParseSetupCfg(context.Background(), "setup.cfg", data)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			if p.Line < 1 {
				t.Fatalf("%+v: no line", p)
			}
		}
	})
}

func FuzzParseSetupPy(f *testing.F) {
	f.Add([]byte("X = ['a']\nsetup(install_requires=X, extras_require={'e': ['b'], 'f': 'c\\nd'})\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, _, err := ParseSetupPy(context.Background(), "setup.py", data); err != nil {
			t.Fatal(err)
		}
	})
}
