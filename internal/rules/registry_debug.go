package rules

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/debugasgi"
	"github.com/krait-dev/krait/internal/rules/debugdjango"
	"github.com/krait-dev/krait/internal/rules/debugdjangohosts"
	"github.com/krait-dev/krait/internal/rules/debugdjangosecret"
	"github.com/krait-dev/krait/internal/rules/debugexception"
	"github.com/krait-dev/krait/internal/rules/debugflask"
	"github.com/krait-dev/krait/internal/rules/debugsecretlog"
	"github.com/krait-dev/krait/internal/rules/debugwerkzeug"
)

// debugRules returns the rules for exposed debug information (KRT2001-).
func debugRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		debugflask.Analyzer,
		debugdjango.Analyzer,
		debugdjangohosts.Analyzer,
		debugdjangosecret.Analyzer,
		debugwerkzeug.Analyzer,
		debugasgi.Analyzer,
		debugexception.Analyzer,
		debugsecretlog.Analyzer,
	}
}
