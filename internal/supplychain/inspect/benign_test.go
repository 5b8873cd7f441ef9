package inspect

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// sitePackages returns the site-packages directories of the machine's
// python3, or nil when there is none.
func sitePackages(t *testing.T) []string {
	t.Helper()
	if dirs := os.Getenv("KRAIT_SITE_PACKAGES"); dirs != "" {
		return filepath.SplitList(dirs)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil
	}
	// Only asks the interpreter where its site-packages are; nothing of
	// the packages inspected is imported or run.
	out, err := exec.Command(py, "-I", "-S", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").Output()
	if err != nil {
		return nil
	}
	return strings.Fields(string(out))
}

// purePython reports whether the installed distribution's WHEEL says
// Root-Is-Purelib: true.
func purePython(site, distInfo string) bool {
	b, err := os.ReadFile(filepath.Join(site, distInfo, "WHEEL"))
	if err != nil {
		return false
	}
	return strings.Contains(strings.ToLower(string(b)), "root-is-purelib: true")
}

// TestBenignInstalled inspects the pure-Python distributions installed on
// this machine (from their installed files, as listed by RECORD) and
// prints the false-positive rate and the speed. It fails when one is rated
// malicious; it skips when no python3 site-packages is found.
func TestBenignInstalled(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: inspects every installed pure-Python package")
	}
	var total, suspicious, malicious, files int
	start := time.Now()
	for _, site := range sitePackages(t) {
		entries, err := os.ReadDir(site)
		if err != nil {
			continue
		}
		var names []string
		for _, e := range entries {
			if e.IsDir() && strings.HasSuffix(e.Name(), ".dist-info") && purePython(site, e.Name()) {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			pkg, err := LoadInstalled(context.Background(), site, n)
			if err != nil {
				t.Logf("%s: %v", n, err)
				continue
			}
			rep, err := Inspect(context.Background(), pkg, Options{})
			if err != nil {
				t.Fatalf("%s: %v", n, err)
			}
			total++
			files += rep.PythonFiles
			switch rep.Verdict {
			case Malicious:
				malicious++
				t.Errorf("benign %s rated %s", n, summary(rep))
			case Suspicious:
				suspicious++
				t.Logf("benign %s rated %s", n, summary(rep))
			}
		}
	}
	if total == 0 {
		t.Skip("no pure-Python packages installed for python3")
	}
	el := time.Since(start)
	t.Logf("benign set: %d installed pure-Python packages (%d Python files): %d malicious (%.1f %% false positives), %d suspicious; %.1f packages/s, %.0f files/s",
		total, files, malicious, 100*float64(malicious)/float64(total), suspicious, float64(total)/el.Seconds(), float64(files)/el.Seconds())
}
