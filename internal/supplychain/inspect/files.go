package inspect

import (
	"bufio"
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
)

// fileItem is a package-level finding with an optional weight that
// replaces the rule's (0 keeps it).
type fileItem struct {
	f        finding.Finding
	weight   float64
	decisive bool
}

// executableMagic returns the format of a native executable's first
// bytes, or "".
func executableMagic(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x7fELF")):
		return "ELF"
	case bytes.HasPrefix(b, []byte("MZ")) && len(b) >= 64:
		return "PE"
	case bytes.HasPrefix(b, []byte("\xcf\xfa\xed\xfe")), bytes.HasPrefix(b, []byte("\xce\xfa\xed\xfe")),
		bytes.HasPrefix(b, []byte("\xfe\xed\xfa\xcf")), bytes.HasPrefix(b, []byte("\xfe\xed\xfa\xce")):
		return "Mach-O"
	}
	return ""
}

var binaryExts = map[string]bool{".so": true, ".pyd": true, ".dll": true, ".exe": true, ".dylib": true, ".bin": true,
	".node": true, ".o": true, ".a": true, ".lib": true, ".elf": true}

// fileFindings checks one file of the package that is not analysed as
// Python code: executables, start-up hooks, entry points.
func fileFindings(pkg *Package, f *File, rel, pkgName string) []fileItem {
	var out []fileItem
	base := path.Base(rel)
	ext := strings.ToLower(path.Ext(base))
	if strings.HasSuffix(strings.ToLower(base), ".so") || strings.Contains(strings.ToLower(base), ".so.") {
		ext = ".so"
	}
	if magic := executableMagic(f.Data); magic != "" {
		switch {
		case !binaryExts[ext]:
			out = append(out, fileItem{f: packageFinding(malcode.IDBinaryInPackage, f.Path, 0,
				fmt.Sprintf("%s executable disguised as %q", magic, base)), weight: 9, decisive: true})
		case pkg.Kind == KindSdist:
			out = append(out, fileItem{f: packageFinding(malcode.IDBinaryInPackage, f.Path, 0,
				fmt.Sprintf("%s executable shipped in a source distribution", magic))})
		case ext == ".exe" || ext == ".dll":
			it := fileItem{f: packageFinding(malcode.IDBinaryInPackage, f.Path, 0, fmt.Sprintf("%s executable %s shipped", magic, base)), weight: 1}
			it.f.Severity = finding.Low
			out = append(out, it)
		}
	} else if binaryExts[ext] && pkg.Kind == KindSdist && f.Size > 0 {
		out = append(out, fileItem{f: packageFinding(malcode.IDBinaryInPackage, f.Path, 0,
			fmt.Sprintf("binary file %s in a source distribution", base)), weight: 3})
	}
	if (base == "sitecustomize.py" || base == "usercustomize.py") && !strings.Contains(rel, "/") {
		out = append(out, fileItem{f: packageFinding(malcode.IDSiteCustomize, f.Path, 1,
			base+" runs at every interpreter start once installed")})
	}
	switch {
	case base == "entry_points.txt" && (strings.Contains(rel, ".dist-info/") || strings.Contains(rel, ".egg-info/")):
		out = append(out, iniScripts(f, pkgName, "console_scripts", "gui_scripts")...)
	case rel == "setup.cfg":
		out = append(out, iniScripts(f, pkgName, "options.entry_points")...)
	case rel == "pyproject.toml":
		out = append(out, pyprojectScripts(f, pkgName)...)
	}
	return out
}

// iniScripts checks "name = module:func" lines in the INI sections
// named (and, for setup.cfg, the console_scripts key's continuation).
func iniScripts(f *File, pkgName string, sections ...string) []fileItem {
	var out []fileItem
	in := false
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			sec := strings.TrimSpace(t[1 : len(t)-1])
			in = false
			for _, s := range sections {
				if strings.EqualFold(sec, s) {
					in = true
				}
			}
			continue
		}
		if !in || t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") {
			continue
		}
		name, target, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		if name == "console_scripts" || name == "gui_scripts" {
			name, target, ok = strings.Cut(strings.TrimSpace(target), "=")
			if !ok {
				continue
			}
			name = strings.TrimSpace(name)
		}
		if cmd := malcode.ShadowedCommand(name, pkgName); cmd != "" && strings.Contains(target, ":") || cmd != "" && strings.Contains(target, ".") {
			it := packageFinding(malcode.IDConsoleShadow, f.Path, line, fmt.Sprintf("console script %q shadows the %s command", name, cmd))
			it.Snippet = t
			out = append(out, fileItem{f: it})
		}
	}
	return out
}

func pyprojectScripts(f *File, pkgName string) []fileItem {
	var doc struct {
		Project struct {
			Scripts    map[string]string `toml:"scripts"`
			GUIScripts map[string]string `toml:"gui-scripts"`
		} `toml:"project"`
		Tool struct {
			Poetry struct {
				Scripts map[string]any `toml:"scripts"`
			} `toml:"poetry"`
		} `toml:"tool"`
	}
	if err := toml.Unmarshal(f.Data, &doc); err != nil {
		return nil
	}
	var names []string
	for n := range doc.Project.Scripts {
		names = append(names, n)
	}
	for n := range doc.Project.GUIScripts {
		names = append(names, n)
	}
	for n := range doc.Tool.Poetry.Scripts {
		names = append(names, n)
	}
	var out []fileItem
	for _, n := range names {
		if cmd := malcode.ShadowedCommand(n, pkgName); cmd != "" {
			line := 1 + bytes.Count(f.Data[:max(0, bytes.Index(f.Data, []byte(n)))], []byte("\n"))
			out = append(out, fileItem{f: packageFinding(malcode.IDConsoleShadow, f.Path, line, fmt.Sprintf("console script %q shadows the %s command", n, cmd))})
		}
	}
	return out
}
