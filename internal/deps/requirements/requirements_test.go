package requirements

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// summary renders the fields of a package that the fixtures pin down.
func summary(p inventory.Package) string {
	kind := "direct"
	if p.Constraint {
		kind = "constraint"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d %s", filepath.ToSlash(p.File), p.Line, p.Normalized)
	if p.Name != p.Normalized {
		fmt.Fprintf(&b, " (%s)", p.Name)
	}
	if p.Version != "" {
		fmt.Fprintf(&b, " v=%s", p.Version)
	}
	if len(p.Specifiers) > 0 {
		fmt.Fprintf(&b, " spec=%s", p.Specifiers)
	}
	if len(p.Extras) > 0 {
		fmt.Fprintf(&b, " extras=%s", strings.Join(p.Extras, ","))
	}
	if p.Marker != "" {
		fmt.Fprintf(&b, " marker=[%s]", p.Marker)
	}
	if p.URL != "" {
		fmt.Fprintf(&b, " url=%s", p.URL)
	}
	if len(p.Hashes) > 0 {
		fmt.Fprintf(&b, " hashes=%d", len(p.Hashes))
	}
	fmt.Fprintf(&b, " %s %s", kind, p.Source)
	if p.NotAuditable != "" {
		b.WriteString(" not-auditable")
	}
	return b.String()
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		pkgs     []string
		problems []string // substrings, in order, each prefixed "file:line: "
	}{
		{
			file: "nested.txt",
			pkgs: []string{
				"testdata/nested.txt:1 requests v=2.31.0 spec===2.31.0 direct pypi",
				`testdata/nested/sub/inner.txt:2 flask spec=>=2.0,<3 marker=[python_version >= "3.8"] direct pypi`,
				"testdata/common.txt:1 django (Django) v=4.2.1 spec====4.2.1 direct pypi",
				"testdata/constraints/c.txt:1 urllib3 v=1.26.5 spec===1.26.5 constraint pypi",
				"testdata/constraints/more.txt:1 idna spec=<3 direct pypi", // -r in a constraints file: a requirement, as in pip,
			},
		},
		{
			file: "cycle/a.txt",
			pkgs: []string{
				"testdata/cycle/a.txt:1 a v=1 spec===1 direct pypi",
				"testdata/cycle/b.txt:1 b v=1 spec===1 direct pypi",
			},
			problems: []string{
				"testdata/cycle/b.txt:2: include cycle: testdata/cycle/b.txt includes testdata/cycle/a.txt",
				"testdata/cycle/b.txt:3: include cycle: testdata/cycle/b.txt includes testdata/cycle/a.txt",
			},
		},
		{
			file:     "cycle/self.txt",
			pkgs:     []string{"testdata/cycle/self.txt:1 c v=1 spec===1 direct pypi"},
			problems: []string{"testdata/cycle/self.txt:2: include cycle: testdata/cycle/self.txt includes testdata/cycle/self.txt"},
		},
		{
			file: "hashes.txt",
			pkgs: []string{
				"testdata/hashes.txt:1 certifi v=2023.7.22 spec===2023.7.22 hashes=2 direct pypi",
				"testdata/hashes.txt:4 charset-normalizer v=3.2.0 spec===3.2.0 hashes=2 direct pypi",
			},
			problems: []string{
				`testdata/hashes.txt:4: --hash "sha512:bad": not a 128-digit`,
				`testdata/hashes.txt:7: --hash "md5:0123": algorithm "md5"`,
			},
		},
		{
			file: "kinds.txt",
			pkgs: []string{
				`testdata/kinds.txt:16 requests (Requests) spec=>=2.0 extras=socks,security marker=[python_version < "3.12" and sys_platform != "win32"] direct pypi`,
				"testdata/kinds.txt:17 zope-interface (zope.interface) spec=~=5.0 direct pypi",
				"testdata/kinds.txt:18 foo-bar-baz (Foo_Bar.baz) v=1.0 spec===1.0 direct pypi",
				"testdata/kinds.txt:19  extras=dev url=./local/pkg direct editable not-auditable",
				"testdata/kinds.txt:20 proj extras=extra url=git+https://github.com/org/proj.git@v1.0#egg=proj[extra] direct editable not-auditable",
				"testdata/kinds.txt:21  url=git+ssh://git@github.com/org/other.git direct editable not-auditable",
				"testdata/kinds.txt:22 pip url=https://github.com/pypa/pip/archive/22.0.2.zip direct url not-auditable",
				`testdata/kinds.txt:23 wheelpkg v=1.2.3 marker=[python_version >= "3"] url=https://files.example/wheelpkg-1.2.3-py3-none-any.whl direct url not-auditable`,
				"testdata/kinds.txt:24 anon v=2.0 url=https://files.example/anon-2.0.tar.gz direct url not-auditable",
				"testdata/kinds.txt:25 vcsdep url=git+https://github.com/org/vcsdep.git@abc123#egg=vcsdep direct vcs not-auditable",
				"testdata/kinds.txt:26  url=./vendored/thing direct path not-auditable",
				"testdata/kinds.txt:27 thing url=file:///opt/pkgs/thing-1.0.tar.gz direct path not-auditable",
				"testdata/kinds.txt:28  extras=extra1 url=../sibling direct path not-auditable",
				"testdata/kinds.txt:29 token v=1.0 url=https://${TOKEN}@private.example/token-1.0.tar.gz direct url not-auditable",
				`testdata/kinds.txt:30 numpy spec===1.26.* marker=[platform_machine == "x86_64"] direct pypi`,
				"testdata/kinds.txt:31 pandas direct pypi",
				`testdata/kinds.txt:32 vcsname extras=x marker=[os_name == "posix"] url=git+https://github.com/org/vcsname.git@main direct vcs not-auditable`,
				`testdata/kinds.txt:33 slashmarker spec=>=1 marker=[platform_release == "10/11"] direct pypi`,
				"testdata/kinds.txt:34  url=. direct path not-auditable",
				"testdata/kinds.txt:35 built url=./dist/built-3.1-py3-none-any.whl direct path not-auditable",
			},
		},
		{
			// shared.txt is read once as requirements and once as constraints.
			file: "diamond/top.txt",
			pkgs: []string{
				"testdata/diamond/x.txt:1 x v=1 spec===1 direct pypi",
				"testdata/diamond/shared.txt:1 shared v=1 spec===1 direct pypi",
				"testdata/diamond/y.txt:1 y v=1 spec===1 direct pypi",
				"testdata/diamond/shared.txt:1 shared v=1 spec===1 constraint pypi",
			},
		},
		{
			file: "bad.txt",
			pkgs: []string{
				"testdata/bad.txt:1 good v=1.0 spec===1.0 direct pypi",
				"testdata/bad.txt:5 name2 spec==== direct pypi",
				"testdata/bad.txt:11 after v=2.0 spec===2.0 direct pypi",
			},
			problems: []string{
				`testdata/bad.txt:2: invalid requirement "this is not valid"`,
				"testdata/bad.txt:3: unknown option --unknown-option",
				`testdata/bad.txt:4: --hash "sha256": want algorithm:digest`,
				"testdata/bad.txt:6: -e https://example.com/x.tar.gz: should be a local path or a VCS URL",
				`testdata/bad.txt:7: invalid requirement "bad[extra==1"`,
				`testdata/bad.txt:8: invalid requirement "ok2 ; python_version >>> \"3\""`,
				"testdata/bad.txt:9: option -r needs a value",
				`testdata/bad.txt:10: invalid requirement "\"quoted"`,
				`testdata/bad.txt:12: invalid requirement "Foo_Bar.baz#notacomment==1.0"`,
			},
		},
		{
			file: "crlf.txt",
			pkgs: []string{
				"testdata/crlf.txt:1 bom-pkg v=1.0 spec===1.0 direct pypi",
				"testdata/crlf.txt:2 second v=2.0 spec===2.0 hashes=1 direct pypi",
				"testdata/crlf.txt:4 third spec=>=1 direct pypi",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			pkgs, problems, err := Parse(context.Background(), filepath.Join("testdata", tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range pkgs {
				got = append(got, summary(p))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.pkgs, "\n"); g != w {
				t.Errorf("packages:\n got:\n%s\nwant:\n%s", g, w)
			}
			if len(problems) != len(tt.problems) {
				t.Errorf("got %d problems, want %d: %v", len(problems), len(tt.problems), problems)
			}
			for i := 0; i < len(problems) && i < len(tt.problems); i++ {
				if s := filepath.ToSlash(problems[i].String()); !strings.HasPrefix(s, tt.problems[i]) {
					t.Errorf("problem %d = %q, want prefix %q", i, s, tt.problems[i])
				}
			}
		})
	}
}

func TestHashesKept(t *testing.T) {
	pkgs, _, err := Parse(context.Background(), "testdata/hashes.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"sha256:539cc1d13202e33ca466e88b2807e29f4c13049d6d87031a3c110744495cb082",
		"sha256:92d6037539857d8206b8f6ae472e8b77db8058fec5937a1ef3f54304089edbb9",
	}
	if g := strings.Join(pkgs[0].Hashes, " "); g != strings.Join(want, " ") {
		t.Errorf("hashes = %s", g)
	}
}

func TestNoFollow(t *testing.T) {
	pkgs, problems, err := Parse(context.Background(), "testdata/nested.txt", Options{NoFollow: true})
	if err != nil || len(problems) != 0 || len(pkgs) != 1 {
		t.Fatalf("got %v %v %v", pkgs, problems, err)
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	if _, _, err := Parse(ctx, missing, Options{}); err == nil || !strings.Contains(err.Error(), missing) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("a==1\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Parse(ctx, big, Options{MaxFileSize: 64}); err == nil || !strings.Contains(err.Error(), big) {
		t.Errorf("big file: err = %v", err)
	}
	// An unreadable or oversized include is a problem at the include line.
	top := filepath.Join(dir, "top.txt")
	if err := os.WriteFile(top, []byte("x==1\n-r big.txt\n-r nope.txt\n-r https://example.com/r.txt\ny==2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pkgs, problems, err := Parse(ctx, top, Options{MaxFileSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 2 || len(problems) != 3 {
		t.Fatalf("pkgs %v problems %v", pkgs, problems)
	}
	for i, want := range []string{"big.txt", "nope.txt", "remote requirements file https://example.com/r.txt"} {
		if problems[i].Line != i+2 || !strings.Contains(problems[i].Msg, want) {
			t.Errorf("problem %d = %v, want line %d mentioning %q", i, problems[i], i+2, want)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := Parse(cctx, top, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestDeepIncludes(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < MaxIncludeDepth+5; i++ {
		body := fmt.Sprintf("p%d==1\n-r f%d.txt\n", i, i+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgs, problems, err := Parse(context.Background(), filepath.Join(dir, "f0.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != MaxIncludeDepth || len(problems) != 1 || !strings.Contains(problems[0].Msg, "deeper") {
		t.Errorf("got %d packages, problems %v", len(pkgs), problems)
	}
}

func TestLogicalLines(t *testing.T) {
	tests := []struct {
		in   string
		want string // "line:text" joined by "|"
	}{
		{"a\nb", "1:a|2:b"},
		{"a \\\n  b\\\nc\nd", "1:a   bc|4:d"},
		{"# c\n  # indented\nx # tail\ny#not", "3:x|4:y#not"},
		{"a \\\n# comment ends it\nb", "1:a|3:b"},
		{"tail \\", "1:tail"},
		{"\ufeffa\r\nb\rc", "1:a|2:b|3:c"},
		{"\n\n  \n", ""},
		{"a\t#tab comment", "1:a"},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range logicalLines([]byte(tt.in)) {
			got = append(got, fmt.Sprintf("%d:%s", l.line, l.text))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("logicalLines(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestParseLine(t *testing.T) {
	tests := []struct {
		in      string
		kind    lineKind
		include string
		err     string
	}{
		{"-r other.txt", kindInclude, "other.txt", ""},
		{"-rother.txt", kindInclude, "other.txt", ""},
		{"--requirement=other.txt", kindInclude, "other.txt", ""},
		{"-c 'with space.txt'", kindInclude, "with space.txt", ""},
		{"--index-url https://x --pre", kindGlobal, "", ""},
		{"--no-binary=:all: --only-binary :none:", kindGlobal, "", ""},
		{"-r a.txt -r b.txt", 0, "", "more than one"},
		{"--pre=1", 0, "", "takes no value"},
		{"--hash=sha256:00", 0, "", "without a requirement"},
		{"foo==1 --index-url x", 0, "", "not allowed after a requirement"},
		{"foo==1 --global-option=--x --config-settings k=v", kindRequirement, "", ""},
		{"-e", 0, "", "needs a value"},
		{"-c \"open", 0, "", "no closing quotation"},
	}
	for _, tt := range tests {
		l, err := parseLine(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseLine(%q) err = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || l.kind != tt.kind || l.include != tt.include {
			t.Errorf("parseLine(%q) = %+v, %v", tt.in, l, err)
		}
	}
}

func TestShellSplit(t *testing.T) {
	tests := map[string]string{
		`a b`:           "a|b",
		`'a b' c`:       "a b|c",
		`"a \" b"`:      `a " b`,
		`a\ b`:          "a b",
		`x="y z"`:       "x=y z",
		"  lead trail ": "lead|trail",
	}
	for in, want := range tests {
		got, err := shellSplit(in)
		if err != nil || strings.Join(got, "|") != want {
			t.Errorf("shellSplit(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		"requests==2.0", "-r x.txt", "-e git+https://x/y.git#egg=y[a]", "a[b]>=1 ; python_version<'3'",
		"--hash=sha256:00 \\", "name @ https://x/y-1.0-py3-none-any.whl ; os_name=='nt'",
		"./p[x]", "file:x", "-c 'q", "x==1 --hash sha512:zz", "https://a/b-1.tar.gz; sys_platform=='x'",
		"a \\\n b # c\r\n-r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parseLine(s)
		for _, l := range logicalLines([]byte(s)) {
			_, _ = parseLine(l.text)
		}
		pkgs, _, err := ParseBytes(context.Background(), "fuzz/r.txt", []byte(s), Options{NoFollow: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			if p.Line < 1 || p.Source == "" {
				t.Fatalf("bad package %+v", p)
			}
		}
	})
}
