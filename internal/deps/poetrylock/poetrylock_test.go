package poetrylock

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// summary renders the fields of a package that the fixtures pin down.
func summary(p inventory.Package) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", p.Line, p.Normalized)
	if p.Name != p.Normalized {
		fmt.Fprintf(&b, " (%s)", p.Name)
	}
	fmt.Fprintf(&b, " v=%s", p.Version)
	if p.Direct || p.Group != "" {
		fmt.Fprintf(&b, " direct=%v group=%s", p.Direct, p.Group)
	}
	if p.URL != "" {
		fmt.Fprintf(&b, " url=%s", p.URL)
	}
	if len(p.Hashes) > 0 {
		fmt.Fprintf(&b, " hashes=%d", len(p.Hashes))
	}
	fmt.Fprintf(&b, " %s", p.Source)
	if p.NotAuditable != "" {
		b.WriteString(" not-auditable")
	}
	return b.String()
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		pkgs     []string
		problems []string
	}{
		{
			file: "v2.lock",
			pkgs: []string{
				"3 certifi v=2024.2.2 direct=false group=main hashes=2 pypi",
				"15 django (Django) v=4.2.10 direct=false group=main hashes=1 pypi",
				"26 mylib v=0.3.0 direct=false group=main url=git+https://github.com/example/mylib.git@9f2c4e1a7b vcs not-auditable",
				"42 localpkg v=0.1.0 direct=false group=dev url=../localpkg editable not-auditable",
				"56 internal-tool v=1.2.0 direct=false group=dev url=https://pypi.example.com/simple hashes=1 pypi",
			},
		},
		{
			file: "v1.lock",
			pkgs: []string{
				"1 pytest v=7.4.4 direct=false group=dev hashes=2 pypi",
				"9 requests (Requests) v=2.28.1 direct=false group=main hashes=1 pypi",
				"23 wheelpkg v=0.9 direct=false group=main url=https://example.com/wheelpkg-0.9-py3-none-any.whl url not-auditable",
			},
		},
		{
			file: "bad-entries.lock",
			pkgs: []string{"9 six v=1.16.0 direct=false group=main url=https://x hashes=1 pypi"},
			problems: []string{
				": no [metadata] lock-version",
				":1: package nover has no version",
				":6: package entry without a name",
				`:9: package six: unknown source type "mercurial-ish"`,
				`:9: package six: hash "deadbeef" has no algorithm`,
			},
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
					t.Errorf("file %q, want %q", p.File, path)
				}
				got = append(got, summary(p))
			}
			if strings.Join(got, "\n") != strings.Join(tt.pkgs, "\n") {
				t.Errorf("packages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.pkgs, "\n"))
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems %v, want %v", problems, tt.problems)
			}
			for i, p := range problems {
				if !strings.Contains(p.String(), tt.problems[i]) {
					t.Errorf("problem %d = %q, want it to contain %q", i, p, tt.problems[i])
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, name := range []string{"malformed.lock", "missing.lock"} {
		path := filepath.Join("testdata", name)
		_, _, err := Parse(context.Background(), path, Options{})
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err %v, want an error naming the file", name, err)
		}
	}
	_, _, err := Parse(context.Background(), filepath.Join("testdata", "v2.lock"), Options{MaxFileSize: 10})
	if err == nil {
		t.Error("size limit not enforced")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, filepath.Join("testdata", "v2.lock"), Options{}); err == nil {
		t.Error("cancelled context not reported")
	}
}

func TestDependencies(t *testing.T) {
	lock := `[[package]]
name = "flask"
version = "3.0.0"
description = ""
optional = false
python-versions = ">=3.8"

[package.dependencies]
Werkzeug = ">=3.0.0"
Jinja2 = {version = ">=3.1.2", markers = "python_version >= \"3.8\""}

[[package]]
name = "jinja2"
version = "3.1.4"
description = ""
optional = false
python-versions = ">=3.7"
`
	pkgs, _, err := ParseBytes(context.Background(), "poetry.lock", []byte(lock))
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 2 || strings.Join(pkgs[0].Dependencies, ",") != "jinja2,werkzeug" || pkgs[1].Dependencies == nil || len(pkgs[1].Dependencies) != 0 {
		t.Fatalf("dependencies: %q, %q", pkgs[0].Dependencies, pkgs[1].Dependencies)
	}
}
