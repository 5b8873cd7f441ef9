package pipfile

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
		manifest bool
		pkgs     []string
		problems []string
	}{
		{
			file: "app/Pipfile.lock",
			pkgs: []string{
				"19 certifi v=2024.2.2 spec===2024.2.2 marker=[python_version >= '3.6'] direct=false group=main hashes=2 pypi",
				"28 flask v=2.3.3 spec===2.3.3 extras=async direct=true group=main hashes=1 pypi",
				"38 localpkg v= direct=true group=main url=./localpkg path not-auditable",
				"41 mylib v= direct=true group=main url=git+https://github.com/example/mylib.git@4a3c2b1d9e editable not-auditable",
				"46 requests v=2.31.0 spec===2.31.0 direct=true group=main hashes=1 pypi",
				"55 pytest v=8.0.1 spec===8.0.1 direct=true group=dev hashes=1 pypi",
				"61 remote v= direct=false group=dev url=https://example.com/remote-1.0.tar.gz url not-auditable",
			},
		},
		{
			file:     "app/Pipfile",
			manifest: true,
			pkgs: []string{
				"7 requests v=2.31.0 spec===2.31.0 direct=true group=main pypi",
				"8 flask (Flask) v= spec=>=2.0,<3 extras=async direct=true group=main pypi",
				"9 mylib v= direct=true group=main url=git+https://github.com/example/mylib.git@v1.0 editable not-auditable",
				"10 localpkg v= direct=true group=main url=./localpkg path not-auditable",
				"13 pytest v= direct=true group=dev pypi",
			},
		},
		{
			file: "nopipfile/Pipfile.lock",
			pkgs: []string{
				"4 six v=1.16.0 spec===1.16.0 direct=false group=main hashes=1 pypi",
				"8 nohash v=1.0-custom spec====1.0-custom direct=false group=main hashes=1 pypi",
			},
			problems: []string{
				`:5: invalid package name "bad name!"`,
				`:6: package ranged: version ">=1.0" is not an exact pin`,
				":7: package weird: invalid entry",
				`:8: package nohash: hash "abc" has no algorithm`,
				`:10: section "develop" is not an object`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			parse := ParseLock
			if tt.manifest {
				parse = ParsePipfile
			}
			pkgs, problems, err := parse(context.Background(), path, Options{})
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
	for _, name := range []string{"bad/Pipfile.lock", "missing/Pipfile.lock"} {
		path := filepath.Join("testdata", name)
		_, _, err := ParseLock(context.Background(), path, Options{NoPipfile: true})
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err %v, want an error naming the file", name, err)
		}
	}
	path := filepath.Join("testdata", "bad", "Pipfile")
	if _, _, err := ParsePipfile(context.Background(), path, Options{}); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("Pipfile: err %v, want an error naming the file", err)
	}
	// An unparsable Pipfile beside a good lock is a problem, not an error.
	_, problems, err := ParseLock(context.Background(), filepath.Join("testdata", "app", "Pipfile.lock"), Options{Pipfile: path})
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].String(), path) {
		t.Errorf("explicit bad Pipfile: err %v problems %v", err, problems)
	}
	if _, _, err := ParseLock(context.Background(), filepath.Join("testdata", "app", "Pipfile.lock"), Options{MaxFileSize: 10}); err == nil {
		t.Error("size limit not enforced")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ParseLock(ctx, filepath.Join("testdata", "app", "Pipfile.lock"), Options{}); err == nil {
		t.Error("cancelled context not reported")
	}
}
