package inspect

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/supplychain/archive"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
)

// Kind is the kind of a package inspected.
type Kind string

// The kinds of packages.
const (
	KindSdist     Kind = "sdist"
	KindWheel     Kind = "wheel"
	KindDirectory Kind = "directory"
	KindInstalled Kind = "installed"
)

// File is one file of a package.
type File struct {
	// Path is the file's slash-separated path inside the package (the
	// archive member name, or relative to the directory).
	Path string
	// Data is the file's content; for files over MaxFileSize only the
	// first bytes (enough for magic numbers).
	Data []byte
	// Size is the file's full size.
	Size int64
}

// Package is what Inspect reads: the files of a distribution, never
// extracted, imported or run.
type Package struct {
	// Source names what was read (a path or NAME==VERSION).
	Source string
	Kind   Kind
	// Name and Version are those the caller asked for (NAME==VERSION, or
	// parsed from an archive's file name); Inspect compares them with the
	// metadata's.
	Name, Version string
	Files         []File // sorted by Path
	// Problems are findings about the container itself (unsafe archive
	// members, unreadable files).
	Problems []finding.Finding
}

// MaxFileSize is the size above which only the head of a file is kept.
const MaxFileSize = 8 << 20

// headSize is how much of an oversized file is kept.
const headSize = 64

// maxDirFiles bounds the files read from a directory.
const maxDirFiles = 50000

// Load reads an sdist (.tar.gz, .tgz, .tar.bz2, .tar, .zip), a wheel
// (.whl) or an unpacked directory. Archives are read in memory through
// the safe archive reader; a directory is walked without following
// symbolic links.
func Load(ctx context.Context, target string) (*Package, error) {
	fi, err := os.Lstat(target)
	if err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	if fi.IsDir() {
		return loadDir(ctx, target)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("inspect: %s: not a regular file or directory", target)
	}
	a, err := archive.Open(ctx, target, archive.Options{})
	if err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	return fromArchive(a, target, filepath.Base(target)), nil
}

// LoadArchive reads an archive held in memory; name is its file name
// (NAME-VERSION.tar.gz, NAME-VERSION-...whl), used for its kind and as
// Source.
func LoadArchive(ctx context.Context, data []byte, name string) (*Package, error) {
	a, err := archive.Read(ctx, data, name, archive.Options{})
	if err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	return fromArchive(a, name, name), nil
}

func fromArchive(a *archive.Archive, source, base string) *Package {
	p := &Package{Source: source, Kind: KindSdist}
	low := strings.ToLower(base)
	if strings.HasSuffix(low, ".whl") {
		p.Kind = KindWheel
	}
	p.Name, p.Version = nameFromFilename(base)
	for _, m := range a.Members {
		for _, pr := range m.Problems {
			if pr.Kind == archive.ProblemSizeMismatch {
				continue
			}
			p.Problems = append(p.Problems, packageFinding(malcode.IDUnsafeArchive, m.RawName, 0,
				fmt.Sprintf("archive member %q refused: %s", m.RawName, pr)))
		}
		if m.Type != archive.TypeFile || !m.Safe() || !m.Kept() {
			continue
		}
		data, err := a.ReadFile(m.Name)
		if err != nil {
			continue
		}
		f := File{Path: m.Name, Size: int64(len(data)), Data: data}
		if len(data) > MaxFileSize {
			f.Data = data[:headSize]
		}
		p.Files = append(p.Files, f)
	}
	for _, pr := range a.Problems {
		p.Problems = append(p.Problems, packageFinding(malcode.IDUnsafeArchive, source, 0, "archive: "+pr.String()))
	}
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
	return p
}

// nameFromFilename splits NAME-VERSION.tar.gz and NAME-VERSION-TAGS.whl.
func nameFromFilename(base string) (name, version string) {
	low := strings.ToLower(base)
	for _, ext := range []string{".tar.gz", ".tgz", ".tar.bz2", ".tar", ".zip", ".whl"} {
		if strings.HasSuffix(low, ext) {
			stem := base[:len(base)-len(ext)]
			if ext == ".whl" {
				parts := strings.Split(stem, "-")
				if len(parts) >= 5 {
					return parts[0], parts[1]
				}
				return "", ""
			}
			if i := strings.LastIndexByte(stem, '-'); i > 0 {
				return stem[:i], stem[i+1:]
			}
			return "", ""
		}
	}
	return "", ""
}

var skipDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, "__pycache__": true, "node_modules": true, ".tox": true, ".venv": true, "venv": true}

func loadDir(ctx context.Context, root string) (*Package, error) {
	p := &Package{Source: root, Kind: KindDirectory}
	err := filepath.WalkDir(root, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			rel, _ := filepath.Rel(root, fp)
			p.Problems = append(p.Problems, packageFinding(malcode.IDUnreadable, filepath.ToSlash(rel), 0, fmt.Sprintf("cannot read: %v", err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() {
			if fp != root && skipDirs[d.Name()] {
				return fs.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(root, fp)
		if err != nil {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if d.Type()&fs.ModeSymlink != 0 {
			p.Problems = append(p.Problems, packageFinding(malcode.IDUnsafeArchive, rel, 0, "symbolic link not followed"))
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if len(p.Files) >= maxDirFiles {
			return fmt.Errorf("more than %d files", maxDirFiles)
		}
		f, err := readLimited(fp)
		if err != nil {
			p.Problems = append(p.Problems, packageFinding(malcode.IDUnreadable, rel, 0, fmt.Sprintf("cannot read: %v", err)))
			return nil
		}
		f.Path = rel
		p.Files = append(p.Files, f)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("inspect: %s: %w", root, err)
	}
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
	return p, nil
}

// readLimited reads a regular file, keeping only its head when it is
// larger than MaxFileSize. It refuses anything but a regular file
// (O_NOFOLLOW semantics through Lstat before and Stat after opening).
func readLimited(fp string) (File, error) {
	f, err := os.Open(fp)
	if err != nil {
		return File{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return File{}, err
	}
	if !fi.Mode().IsRegular() {
		return File{}, errors.New("not a regular file")
	}
	n := fi.Size()
	if n > MaxFileSize {
		buf := make([]byte, headSize)
		k, err := io.ReadFull(f, buf)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return File{}, err
		}
		return File{Data: buf[:k], Size: n}, nil
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return File{}, err
	}
	return File{Data: data, Size: int64(len(data))}, nil
}

// LoadInstalled reads an installed distribution: the files its RECORD
// lists below sitePackages (distInfo is the .dist-info directory's
// name). Files outside sitePackages (scripts in bin/) are skipped.
func LoadInstalled(ctx context.Context, sitePackages, distInfo string) (*Package, error) {
	rec, err := os.ReadFile(filepath.Join(sitePackages, distInfo, "RECORD"))
	if err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	r := csv.NewReader(strings.NewReader(string(rec)))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("inspect: %s/RECORD: %w", distInfo, err)
	}
	p := &Package{Source: filepath.Join(sitePackages, distInfo), Kind: KindInstalled}
	stem := strings.TrimSuffix(distInfo, ".dist-info")
	if i := strings.LastIndexByte(stem, '-'); i > 0 {
		p.Name, p.Version = stem[:i], stem[i+1:]
	}
	seen := map[string]bool{}
	for _, row := range rows {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if len(row) == 0 || row[0] == "" {
			continue
		}
		rel := path.Clean(strings.ReplaceAll(row[0], `\`, "/"))
		if strings.HasPrefix(rel, "../") || rel == ".." || path.IsAbs(rel) || seen[rel] || strings.Contains(rel, "__pycache__/") {
			continue
		}
		seen[rel] = true
		fp := filepath.Join(sitePackages, filepath.FromSlash(rel))
		fi, err := os.Lstat(fp)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		f, err := readLimited(fp)
		if err != nil {
			continue
		}
		f.Path = rel
		p.Files = append(p.Files, f)
	}
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
	return p, nil
}
