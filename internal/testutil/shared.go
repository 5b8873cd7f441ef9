package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedDir returns the directory of the project's shared data (the
// design brief's ../shared: OSV snapshots, schemas, package lists): the
// KRAIT_SHARED environment variable, else ../shared beside the repository,
// else /work/shared. When none exists the test is skipped, or fails when
// CI=true.
func SharedDir(t testing.TB) string {
	t.Helper()
	var candidates []string
	if d := os.Getenv("KRAIT_SHARED"); d != "" {
		candidates = append(candidates, d)
	}
	if root, err := repoRoot(); err == nil {
		candidates = append(candidates, filepath.Join(root, "..", "shared"))
	}
	candidates = append(candidates, "/work/shared")
	for _, d := range candidates {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	msg := "the shared data directory (../shared beside the repository, or KRAIT_SHARED) is missing"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// repoRoot returns the directory holding go.mod above the working
// directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
