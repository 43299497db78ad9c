// The pilot quota as a deciding committee sees it: how many cells of this type its quota scope
// (the district-level committee, or the province without one) has already selected, and how
// many places remain. Counted by the server, because an officer of a grassroots committee
// cannot see the sibling committees' cells that share the district's quota.

/** GET /api/enrollments/{id}/quota → {cellType, used, max, remaining, scope}; 404 when hidden. */
function quotaOf(e) {
  const { loadSituation, findVisible } = require(`${__hooks}/lib/lifecycle-service.js`);
  const domain = require(`${__hooks}/lib/generated/domain.cjs`);
  if (!e.auth) return { status: 401, body: { status: 401, message: "Vui lòng đăng nhập.", data: {} } };
  const enrollment = findVisible(e, e.request.pathValue("id"));
  if (!enrollment) return { status: 404, body: { status: 404, message: "Không tìm thấy hồ sơ.", data: {} } };
  // loadSituation counts the quota only at the selection gate; elsewhere the count is not asked.
  const s = loadSituation(e.app, enrollment);
  if (s.snapshot.state !== "selection") {
    return { status: 200, body: { cellType: enrollment.getString("cellType"), used: null, max: s.config.quota.max, remaining: null, scope: null } };
  }
  const scopeId = domain.quotaScopeUnit(s.ancestors);
  const scope = s.ancestors.find((a) => a.id === scopeId) || null;
  const used = s.facts.quotaUsed;
  const max = s.facts.quotaMax;
  return {
    status: 200,
    body: {
      cellType: enrollment.getString("cellType"),
      used, max, remaining: Math.max(0, max - used),
      scope: scope ? { id: scope.id, name: scope.name } : null,
    },
  };
}

module.exports = { quotaOf };
