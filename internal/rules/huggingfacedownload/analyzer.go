// Package huggingfacedownload reports downloads from the Hugging Face Hub
// that are not pinned to a commit (Bandit B615).
package huggingfacedownload

import (
	_ "embed"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

//go:embed doc.md
var doc string

// Analyzer reports Hub downloads without a pinned revision.
var Analyzer = &analysis.Analyzer{
	Rule: analysis.Rule{
		ID:         "KRT1615",
		Name:       "huggingface-unsafe-download",
		Aliases:    []string{"B615"},
		CWE:        []int{494},
		Severity:   finding.Medium,
		Confidence: finding.HighConfidence,
		Summary:    "Hugging Face Hub download without a pinned revision",
		Doc:        doc,
	},
	Nodes:     []ast.Kind{ast.KindCall},
	CallRoots: analysis.Roots(append(analysis.RootsOf(downloads), pretrainedModules...)...),
	Run:       run,
}

// download describes a function that downloads from the Hub: where its
// repository argument is.
type download struct {
	pos int
	kw  string
}

// downloads are the Hub download functions by qualified name.
var downloads = map[string]download{
	"datasets.load_dataset":                                {0, "path"},
	"huggingface_hub.hf_hub_download":                      {0, "repo_id"},
	"huggingface_hub.file_download.hf_hub_download":        {0, "repo_id"},
	"huggingface_hub.snapshot_download":                    {0, "repo_id"},
	"huggingface_hub._snapshot_download.snapshot_download": {0, "repo_id"},
}

// pretrainedModules are the libraries whose classes' from_pretrained
// method downloads from the Hub.
var pretrainedModules = []string{"transformers.", "diffusers."}

func lookup(name string) (download, bool) {
	if d, ok := downloads[name]; ok {
		return d, true
	}
	if strings.HasSuffix(name, ".from_pretrained") {
		for _, m := range pretrainedModules {
			if strings.HasPrefix(name, m) {
				return download{0, "pretrained_model_name_or_path"}, true
			}
		}
	}
	return download{}, false
}

func run(p *analysis.Pass, n ast.Node) {
	call := n.(*ast.Call)
	name := p.CalleeName(call)
	d, ok := lookup(name)
	if !ok {
		return
	}
	// A local directory is not downloaded.
	if repo, ok := p.String(analysis.Arg(call, d.pos, d.kw)); ok && isLocalPath(repo) {
		return
	}
	if local, known := p.Truth(analysis.Keyword(call, "local_files_only")); known && local {
		return
	}
	fn := name[strings.LastIndexByte(name, '.')+1:]
	rev := analysis.Keyword(call, "revision")
	if rev == nil {
		rev = analysis.Keyword(call, "commit_id")
	}
	if rev == nil {
		p.Reportf(call, "%s downloads from the Hugging Face Hub without a pinned revision: the files served can change under the same name", fn)
		return
	}
	s, known := p.String(rev)
	switch {
	case !known:
		p.ReportDiagnostic(analysis.Diagnostic{
			Loc:        call.Loc,
			Message:    fn + " downloads from the Hugging Face Hub with a revision krait cannot know: pin it to a commit hash",
			Confidence: int(finding.MediumConfidence),
		})
	case !isCommitHash(s):
		p.Reportf(call, "%s downloads from the Hugging Face Hub at revision %q, a branch or tag that can move: pin it to a commit hash", fn, s)
	}
}

// isCommitHash reports whether s looks like a commit hash (at least 7
// hexadecimal digits), as Bandit decides.
func isCommitHash(s string) bool {
	if len(s) < 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func isLocalPath(s string) bool {
	return strings.HasPrefix(s, "./") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "../")
}
