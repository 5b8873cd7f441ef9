package hardcodedsql_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/hardcodedsql"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hardcodedsql.Analyzer)
}
