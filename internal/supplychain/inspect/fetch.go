package inspect

import (
	"context"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pypi"
)

// Index is what `krait inspect NAME==VERSION` needs from a package index;
// *pypi.Client implements it (PyPI's JSON API or a compatible index).
type Index interface {
	Release(ctx context.Context, name, version string) (*pypi.ReleaseInfo, error)
	Project(ctx context.Context, name string) (*pypi.Project, error)
	Download(ctx context.Context, f pypi.File, limit int64) ([]byte, error)
}

// MaxDownload bounds the size of a distribution downloaded for
// inspection.
const MaxDownload = 256 << 20

// Fetched is a release downloaded for inspection.
type Fetched struct {
	Name, Version string
	// Packages are the sdist (first, when there is one) and one wheel,
	// read in memory.
	Packages []*Package
	// PreviousVersion is the release before Version on the index, "" when
	// none.
	PreviousVersion string
	// Index is what the index says about the project, for the metadata
	// checks (Options.Index): the release's metadata and, when the
	// project listing could be read, every release.
	Index *IndexInfo
}

// ParseTarget splits NAME==VERSION; ok is false for anything else.
func ParseTarget(s string) (name, version string, ok bool) {
	name, version, ok = strings.Cut(s, "==")
	name, version = strings.TrimSpace(name), strings.TrimSpace(version)
	if !ok || !pep503.Valid(name) || version == "" || strings.ContainsAny(version, "/\\ ") {
		return "", "", false
	}
	return name, version, true
}

// Fetch downloads the sdist and a wheel (pure-Python preferred) of
// name==version from idx, verifying their sha256, and reads them in
// memory. Nothing is written to disk or run.
func Fetch(ctx context.Context, idx Index, name, version string) (*Fetched, error) {
	ri, err := idx.Release(ctx, name, version)
	if err != nil {
		return nil, fmt.Errorf("fetching %s==%s: %w", name, version, err)
	}
	info := ri.Info
	out := &Fetched{Name: name, Version: ri.Release.Version, Index: &IndexInfo{Info: &info}}
	var sdist, wheel *pypi.File
	for i := range ri.Release.Files {
		f := &ri.Release.Files[i]
		low := strings.ToLower(f.Filename)
		switch {
		case strings.HasSuffix(low, ".whl"):
			if wheel == nil || strings.HasSuffix(low, "-none-any.whl") && !strings.HasSuffix(strings.ToLower(wheel.Filename), "-none-any.whl") {
				wheel = f
			}
		case strings.HasSuffix(low, ".tar.gz") || strings.HasSuffix(low, ".zip") || strings.HasSuffix(low, ".tgz") || strings.HasSuffix(low, ".tar.bz2"):
			if sdist == nil {
				sdist = f
			}
		}
	}
	if sdist == nil && wheel == nil {
		return nil, fmt.Errorf("%s==%s: the index lists no sdist or wheel", name, version)
	}
	for _, f := range []*pypi.File{sdist, wheel} {
		if f == nil {
			continue
		}
		data, err := idx.Download(ctx, *f, MaxDownload)
		if err != nil {
			return nil, fmt.Errorf("downloading %s: %w", f.Filename, err)
		}
		p, err := LoadArchive(ctx, data, f.Filename)
		if err != nil {
			return nil, err
		}
		out.Packages = append(out.Packages, p)
	}
	if proj, err := idx.Project(ctx, name); err == nil {
		out.Index.Releases = proj.Releases
		cur := pep440.ParseLoose(out.Version)
		for _, r := range proj.Releases {
			if pep440.Compare(r.Parsed, cur) < 0 {
				out.PreviousVersion = r.Version
			}
		}
	} else if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// A failing project listing only loses the version-jump, age and
	// release-count checks.
	return out, nil
}
