package fix

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxFileSize bounds the manifests Rewrite reads.
const MaxFileSize = 8 << 20

// Change is the new content of one file.
type Change struct {
	File string
	Old  []byte
	New  []byte
}

// Rewrite computes the new content of every manifest the fixable pin and
// floor fixes of plan touch, without writing anything. Files that would
// not change are left out. An edit that does not match its file's text is
// an error naming the file, and no change is returned.
func Rewrite(ctx context.Context, plan Plan) ([]Change, error) {
	byFile := map[string][]Edit{}
	var files []string
	for _, f := range plan.Fixes {
		if !f.Fixable() || (f.Kind != KindPin && f.Kind != KindFloor) {
			continue
		}
		if _, ok := byFile[f.File]; !ok {
			files = append(files, f.File)
		}
		byFile[f.File] = append(byFile[f.File], Edit{
			Line: f.Line, Name: f.Package, From: f.From, To: f.To,
			Floor: f.Kind == KindFloor, Hashes: f.Hashes,
		})
	}
	sort.Strings(files)
	var out []Change
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		old, err := readLimited(file)
		if err != nil {
			return nil, err
		}
		var neu []byte
		switch FileKind(file) {
		case "pyproject":
			neu, err = RewritePyproject(old, byFile[file])
		case "requirements":
			neu, err = RewriteRequirements(old, byFile[file])
		default:
			err = fmt.Errorf("not a file krait rewrites")
		}
		if err != nil {
			return nil, fmt.Errorf("fix %s: %w", file, err)
		}
		if string(neu) != string(old) {
			out = append(out, Change{File: file, Old: old, New: neu})
		}
	}
	return out, nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fix %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("fix %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("fix %s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("fix %s: %w", path, err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("fix %s: larger than %d bytes", path, MaxFileSize)
	}
	return data, nil
}

// Write writes every change atomically: a temporary file in the same
// directory, synced, given the old file's mode, then renamed over it. A
// file whose content is no longer Old is not written (an error): something
// else changed it since Rewrite read it.
func Write(ctx context.Context, changes []Change) error {
	for _, c := range changes {
		if err := ctx.Err(); err != nil {
			return err
		}
		cur, err := readLimited(c.File)
		if err != nil {
			return err
		}
		if string(cur) != string(c.Old) {
			return fmt.Errorf("fix %s: the file changed since it was read; not written", c.File)
		}
		if err := WriteFileAtomic(c.File, c.New); err != nil {
			return err
		}
	}
	return nil
}

// WriteFileAtomic replaces the file at path with data through a temporary
// file in the same directory (fsynced, then renamed), keeping the file's
// permission bits (0644 for a new file).
func WriteFileAtomic(path string, data []byte) (err error) {
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		mode = info.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".krait-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // best effort: make the rename durable
		d.Close()
	}
	return nil
}

// Diff renders changes as one unified diff, files in order, with the
// paths shown relative to base ("a/" and "b/" prefixes, as git prints
// them) so that `git apply` and `patch -p1` accept it from base.
func Diff(base string, changes []Change) string {
	var b strings.Builder
	for _, c := range changes {
		name := c.File
		if base != "" {
			if rel, err := filepath.Rel(base, c.File); err == nil && !strings.HasPrefix(rel, "..") {
				name = rel
			}
		}
		name = filepath.ToSlash(name)
		b.WriteString(UnifiedDiff("a/"+name, "b/"+name, c.Old, c.New))
	}
	return b.String()
}
