package pypi

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// jsonDoc is the JSON API's response. Null values decode to zero values.
type jsonDoc struct {
	Info       *jsonInfo             `json:"info"`
	LastSerial int64                 `json:"last_serial"`
	Releases   map[string][]jsonFile `json:"releases"`
	URLs       []jsonFile            `json:"urls"`
}

type jsonInfo struct {
	Name              string            `json:"name"`
	Version           string            `json:"version"`
	Summary           string            `json:"summary"`
	HomePage          string            `json:"home_page"`
	License           string            `json:"license"`
	LicenseExpression string            `json:"license_expression"`
	LicenseFiles      []string          `json:"license_files"`
	Classifiers       []string          `json:"classifiers"`
	ProjectURLs       map[string]string `json:"project_urls"`
	Author            string            `json:"author"`
	AuthorEmail       string            `json:"author_email"`
	Maintainer        string            `json:"maintainer"`
	MaintainerEmail   string            `json:"maintainer_email"`
	RequiresPython    string            `json:"requires_python"`
	RequiresDist      []string          `json:"requires_dist"`
	Yanked            bool              `json:"yanked"`
	YankedReason      string            `json:"yanked_reason"`
}

type jsonFile struct {
	Filename          string            `json:"filename"`
	URL               string            `json:"url"`
	Digests           map[string]string `json:"digests"`
	RequiresPython    string            `json:"requires_python"`
	Yanked            bool              `json:"yanked"`
	YankedReason      string            `json:"yanked_reason"`
	UploadTime        string            `json:"upload_time"`
	UploadTimeISO8601 string            `json:"upload_time_iso_8601"`
	Size              *int64            `json:"size"`
	PackageType       string            `json:"packagetype"`
}

func (i *jsonInfo) info() Info {
	return Info{
		Name: i.Name, Version: i.Version, Summary: i.Summary, HomePage: i.HomePage,
		License: i.License, LicenseExpression: i.LicenseExpression, LicenseFiles: i.LicenseFiles,
		Classifiers: i.Classifiers, ProjectURLs: i.ProjectURLs,
		Author: i.Author, AuthorEmail: i.AuthorEmail, Maintainer: i.Maintainer, MaintainerEmail: i.MaintainerEmail,
		RequiresPython: i.RequiresPython, RequiresDist: i.RequiresDist,
		Yanked: i.Yanked, YankedReason: i.YankedReason,
	}
}

func (f *jsonFile) file(base *url.URL) File {
	out := File{
		Filename:       f.Filename,
		URL:            resolve(base, f.URL),
		RequiresPython: f.RequiresPython,
		Yanked:         f.Yanked,
		YankedReason:   f.YankedReason,
		Size:           -1,
		PackageType:    f.PackageType,
	}
	if len(f.Digests) > 0 {
		out.Hashes = map[string]string{}
		for k, v := range f.Digests {
			if v != "" {
				out.Hashes[strings.ToLower(k)] = strings.ToLower(v)
			}
		}
	}
	if f.Size != nil && *f.Size >= 0 {
		out.Size = *f.Size
	}
	out.UploadTime = parseTime(f.UploadTimeISO8601)
	if out.UploadTime.IsZero() {
		out.UploadTime = parseTime(f.UploadTime)
	}
	if out.PackageType == "" {
		out.PackageType = packageType(f.Filename)
	}
	return out
}

// parseTime parses the index's upload times: RFC 3339 with or without
// fractional seconds, or the JSON API's zone-less upload_time (UTC).
func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC()
	}
	if t, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
		return t
	}
	return time.Time{}
}

// resolve makes ref absolute against base; ref is returned unchanged when
// it does not parse.
func resolve(base *url.URL, ref string) string {
	r, err := url.Parse(ref)
	if err != nil || base == nil {
		return ref
	}
	return base.ResolveReference(r).String()
}

func decodeJSONDoc(body []byte) (*jsonDoc, error) {
	var doc jsonDoc
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, fmt.Errorf("decoding JSON API response: %w", err)
	}
	if doc.Info == nil {
		return nil, fmt.Errorf("decoding JSON API response: no \"info\" object")
	}
	return &doc, nil
}

func parseJSONProject(body []byte, from string) (*Project, error) {
	doc, err := decodeJSONDoc(body)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(from)
	info := doc.Info.info()
	p := &Project{Name: info.Name, Info: &info, LastSerial: doc.LastSerial, Index: from}
	for v, files := range doc.Releases {
		r := Release{Version: v}
		for i := range files {
			r.Files = append(r.Files, files[i].file(base))
		}
		p.Releases = append(p.Releases, r)
	}
	p.Releases = finishReleases(p.Releases)
	return p, nil
}

func parseJSONRelease(body []byte, from string) (*ReleaseInfo, error) {
	doc, err := decodeJSONDoc(body)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(from)
	r := Release{Version: doc.Info.Version}
	for i := range doc.URLs {
		r.Files = append(r.Files, doc.URLs[i].file(base))
	}
	rels := finishReleases([]Release{r})
	ri := &ReleaseInfo{Info: doc.Info.info(), Release: rels[0]}
	// The per-version info carries the release's yank when it has no files.
	if len(r.Files) == 0 && doc.Info.Yanked {
		ri.Release.Yanked, ri.Release.YankedReason = true, doc.Info.YankedReason
	}
	return ri, nil
}
