package inspect

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
)

// installedInfo reads the header of an installed METADATA file into the
// fields of pypi.Info the metadata checks use.
func installedInfo(data []byte) pypi.Info {
	info := pypi.Info{ProjectURLs: map[string]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(k) {
		case "name":
			info.Name = v
		case "summary":
			info.Summary = v
		case "home-page":
			info.HomePage = v
		case "author-email":
			info.AuthorEmail = v
		case "maintainer-email":
			info.MaintainerEmail = v
		case "project-url":
			if label, u, ok := strings.Cut(v, ","); ok {
				info.ProjectURLs[strings.TrimSpace(label)] = strings.TrimSpace(u)
			}
		}
	}
	return info
}

// TestIndexMetadataInstalled runs the index-metadata checks that need no
// release list (summary, e-mail, links) on the metadata of every
// distribution installed for python3, as the index would report it, and
// prints how often each fires on these (honest) projects. It fails on
// starjacking, the only check that can make a package suspicious.
func TestIndexMetadataInstalled(t *testing.T) {
	ix := typosquat.NewIndex(typosquat.Builtin(), typosquat.Options{})
	counts := map[string]int{}
	total := 0
	for _, site := range sitePackages(t) {
		dists, _ := filepath.Glob(filepath.Join(site, "*.dist-info", "METADATA"))
		sort.Strings(dists)
		for _, md := range dists {
			data, err := os.ReadFile(md)
			if err != nil {
				continue
			}
			info := installedInfo(data)
			if info.Name == "" {
				continue
			}
			total++
			for _, it := range indexFindings(info.Name+"==installed", info.Name, &IndexInfo{Info: &info}, Options{Typosquat: ix}) {
				counts[it.f.RuleID]++
				if it.f.RuleID == "KRT6045" {
					t.Errorf("%s: %s", info.Name, it.f.Message)
				} else if testing.Verbose() {
					t.Logf("%s: %s %s", info.Name, it.f.RuleID, it.f.Message)
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no installed distributions found for python3")
	}
	t.Logf("index metadata on %d installed distributions: %v", total, counts)
}
