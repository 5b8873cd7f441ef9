package walk

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

func writeFiles(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(root, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x = 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFiles(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root,
		"b.py", "a.py", "stub.pyi", "README.md", ".py", "pkg/mod.py", "pkg/sub/deep.py",
		".git/hooks/x.py", ".hidden/x.py", "venv/x.py", ".venv/x.py", "node_modules/x.py",
		"pkg/__pycache__/x.py", "site-packages/x.py", "build/x.py", "dist/x.py",
	)
	t.Chdir(root)
	files, problems, err := Files(t.Context(), []string{".", "./a.py", "pkg", "build/x.py", "pkg/"}, Options{})
	if err != nil || len(problems) > 0 {
		t.Fatalf("err %v, problems %v", err, problems)
	}
	want := []string{"a.py", "b.py", "build/x.py", "pkg/mod.py", "pkg/sub/deep.py", "stub.pyi"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}

	files, _, err = Files(t.Context(), []string{"."}, Options{Hidden: true, SkipDirs: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	want = []string{".hidden/x.py", ".venv/x.py", "a.py", "b.py", "build/x.py", "dist/x.py", "node_modules/x.py",
		"pkg/__pycache__/x.py", "pkg/mod.py", "pkg/sub/deep.py", "site-packages/x.py", "stub.pyi", "venv/x.py"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("with Hidden and no SkipDirs: files = %q, want %q", files, want)
	}
}

func TestFilesMissingRoot(t *testing.T) {
	_, _, err := Files(t.Context(), []string{t.TempDir(), "no/such/dir"}, Options{})
	var nx *NotExistError
	if !errors.As(err, &nx) || nx.Path != "no/such/dir" {
		t.Fatalf("err = %v, want a NotExistError for no/such/dir", err)
	}
}

func TestFilesSymlinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need Unix")
	}
	root := t.TempDir()
	other := t.TempDir()
	writeFiles(t, root, "real.py")
	writeFiles(t, other, "outside.py", "dir/inside.py")
	for link, target := range map[string]string{
		"linkdir":     filepath.Join(other, "dir"),
		"linkfile.py": filepath.Join(other, "outside.py"),
		"dangling.py": filepath.Join(other, "missing.py"),
		"dirlink.py":  filepath.Join(other, "dir"),
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	files, problems, err := Files(t.Context(), []string{"."}, Options{})
	if err != nil || len(problems) > 0 {
		t.Fatalf("err %v, problems %v", err, problems)
	}
	// Links to files are taken (a dangling one too: reading it will fail and
	// be reported), links to directories are not followed.
	want := []string{"dangling.py", "linkfile.py", "real.py"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
	// A link named as a root is followed.
	files, _, err = Files(t.Context(), []string{"linkdir"}, Options{})
	if err != nil || !reflect.DeepEqual(files, []string{"linkdir/inside.py"}) {
		t.Errorf("root link: files = %q, err %v", files, err)
	}
}

func TestFilesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, _, err := Files(ctx, []string{t.TempDir()}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
