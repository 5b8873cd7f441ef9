package archive

import (
	"context"
	"fmt"
	"os"
	"path"
)

// Extract writes the kept files into a new private directory (mode 0700)
// created under parent (os.TempDir() when ""), and returns its path. Only
// regular files and their directories are created — never links, devices
// or anything a problem refused — through an os.Root, so no write can
// leave the directory even if the tree changes under it; files are
// created exclusively with mode 0600. The caller removes the directory
// (os.RemoveAll) when done; on error it is already removed.
func (a *Archive) Extract(ctx context.Context, parent string) (dir string, err error) {
	dir, err = os.MkdirTemp(parent, "krait-archive-")
	if err != nil {
		return "", fmt.Errorf("extracting %s: %w", a.Name, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
			dir = ""
		}
	}()
	if err := os.Chmod(dir, 0o700); err != nil {
		return "", fmt.Errorf("extracting %s: %w", a.Name, err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return "", fmt.Errorf("extracting %s: %w", a.Name, err)
	}
	defer root.Close()
	made := map[string]bool{".": true}
	var mkdirs func(d string) error
	mkdirs = func(d string) error {
		if made[d] {
			return nil
		}
		if err := mkdirs(path.Dir(d)); err != nil {
			return err
		}
		if err := root.Mkdir(d, 0o700); err != nil {
			return err
		}
		made[d] = true
		return nil
	}
	for _, name := range a.Files() {
		if err := ctx.Err(); err != nil {
			return "", fmt.Errorf("extracting %s: %w", a.Name, err)
		}
		m := a.t().files[name]
		if err := mkdirs(path.Dir(name)); err != nil {
			return "", fmt.Errorf("extracting %s: %s: %w", a.Name, name, err)
		}
		f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return "", fmt.Errorf("extracting %s: %s: %w", a.Name, name, err)
		}
		_, werr := f.Write(m.data)
		cerr := f.Close()
		if werr != nil {
			return "", fmt.Errorf("extracting %s: %s: %w", a.Name, name, werr)
		}
		if cerr != nil {
			return "", fmt.Errorf("extracting %s: %s: %w", a.Name, name, cerr)
		}
	}
	return dir, nil
}
