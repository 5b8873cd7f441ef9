package pylock

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
	if len(p.Specifiers) > 0 {
		fmt.Fprintf(&b, " spec=%s", p.Specifiers)
	}
	if p.Marker != "" {
		fmt.Fprintf(&b, " marker=[%s]", p.Marker)
	}
	if len(p.Extras) > 0 {
		fmt.Fprintf(&b, " extras=%s", strings.Join(p.Extras, ","))
	}
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
			file: "pylock.toml",
			pkgs: []string{
				"9 attrs v=25.1.0 url=https://pypi.org/simple hashes=2 pypi",
				"19 pytest (Pytest) v=8.3.4 marker=['dev' in dependency_groups] direct=false group=dev url=https://pypi.org/simple hashes=2 pypi",
				"30 mylib v=0.2.0 url=git+https://github.com/example/mylib.git@4a3c2b1d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b vcs not-auditable",
				"35 local-pkg v= url=packages/local-pkg editable not-auditable",
				"39 boto3 v=1.35.0 marker=['s3' in extras] direct=false group=s3 url=https://example.com/boto3-1.35.0.tar.gz hashes=1 url not-auditable",
			},
		},
		{
			file: "bad-entries.toml",
			pkgs: []string{"9 both v=1.0 url=x.tar.gz hashes=1 path not-auditable"},
			problems: []string{
				": no lock-version",
				":1: package entry without a name",
				":5: package idna has no version",
				":9: package both: want exactly one of vcs, directory, archive or sdist/wheels, got 2",
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
	for _, name := range []string{"malformed.toml", "missing.toml", "future.toml"} {
		path := filepath.Join("testdata", name)
		_, _, err := Parse(context.Background(), path, Options{})
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err %v, want an error naming the file", name, err)
		}
	}
	_, _, err := Parse(context.Background(), filepath.Join("testdata", "pylock.toml"), Options{MaxFileSize: 10})
	if err == nil {
		t.Error("size limit not enforced")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, filepath.Join("testdata", "pylock.toml"), Options{}); err == nil {
		t.Error("cancelled context not reported")
	}
}
