import { adminEn } from '@/features/admin/i18n/en';
import { myDataEn } from '@/features/my-data/i18n/en';
import { offlineEn } from '@/features/offline/i18n/en';
import { reportEn } from '@/features/report/i18n/en';
import { statsEn } from '@/features/stats/i18n/en';
import type { Dictionary } from './id';

/** English. */
export const en: Dictionary = {
  ...adminEn,
  ...myDataEn,
  ...offlineEn,
  ...reportEn,
  ...statsEn,
  'app.name': 'Aduan',
  'app.tagline': 'City public-service complaints',
  'app.skipToContent': 'Skip to content',
  'app.footer': 'Aduan — open-source software for public-service complaints.',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.newReport': 'Submit a report',
  'nav.track': 'Track a report',
  'nav.myReports': 'My reports',

  'lang.label': 'Language',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',

  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.loggedInAs': 'Logged in as {name}',
  'auth.checking': 'Checking session…',
  'auth.unavailable': 'The login service is unavailable right now. You can still submit and track reports as a guest.',

  'landing.title': 'Tell your city government what needs fixing',
  'landing.intro':
    'Aduan is a service for complaints, aspirations and requests for information about public services in your city. Every report gets a tracking code, so you can follow what happens to it at any time.',
  'landing.actions': 'What would you like to do?',
  'landing.new.desc': 'Send a complaint, an aspiration or a request for information. No account needed.',
  'landing.track.desc': 'Enter a tracking code to see the status of a report.',
  'landing.mine.desc': 'Log in to see every report you have sent.',
  'landing.how.title': 'How it works',
  'landing.how.step1': 'Write your report: what happened, where and when.',
  'landing.how.step2': 'Keep the tracking code you receive.',
  'landing.how.step3': 'Officers verify the report and forward it to the agency in charge. Follow its status with the tracking code.',

  // How a report came in: shown on reports and used as a dashboard filter.
  'channel.WEB': 'Website',
  'channel.OPEN311': 'App (Open311)',
  'channel.SMS': 'SMS',
  'channel.WHATSAPP': 'WhatsApp',
  'channel.WALK_IN': 'Walk-in',
  'channel.PHONE': 'Phone',
  'channel.SOCIAL_MEDIA': 'Social media',

  'type.COMPLAINT': 'Complaint',
  'type.ASPIRATION': 'Aspiration',
  'type.INFORMATION_REQUEST': 'Information request',

  'status.SUBMITTED': 'Submitted',
  'status.ON_HOLD': 'On hold',
  'status.VERIFIED': 'Verified',
  'status.FORWARDED': 'Forwarded',
  'status.IN_PROGRESS': 'In progress',
  'status.RESOLVED': 'Resolved',
  'status.CLOSED': 'Closed',
  'status.ARCHIVED': 'Archived',

  'report.status': 'Status',
  'report.type': 'Type',
  'report.trackingCode': 'Tracking code',
  'report.createdAt': 'Submitted',
  'report.updatedAt': 'Last updated',

  'form.title': 'Submit a report',
  'form.asGuest': 'You are submitting as a guest. Log in to keep the report in your account.',
  'form.asCitizen': 'You are submitting as {name}. Your identity comes from your account.',
  'form.type': 'Type of report',
  'form.type.hint': 'A complaint about a service problem, an aspiration for a suggestion, an information request for a question to an agency.',
  'form.reportTitle': 'Title',
  'form.reportTitle.hint': 'A short summary, 5–150 characters.',
  'form.description': 'Description',
  'form.description.hint': 'Tell us what happened, where and when (10–5000 characters).',
  'form.contact': 'Contact (optional)',
  'form.contact.hint': 'Fill this in if you agree to be contacted. Only administrators can see it.',
  'form.contact.name': 'Name',
  'form.contact.email': 'Email',
  'form.contact.phone': 'Phone number',
  'form.contact.phone.hint': 'For example: +6281234567890',
  'form.submit': 'Submit report',
  'form.submitting': 'Submitting…',
  'form.invalid': 'Please check the highlighted fields.',
  'form.failed': 'The report could not be sent. Please try again.',

  'validation.titleLength': 'The title must be 5–150 characters.',
  'validation.descriptionLength': 'The description must be 10–5000 characters.',
  'validation.nameLength': 'The name may be at most 100 characters.',
  'validation.email': 'This email address is not valid.',
  'validation.phone': 'Use digits only (a leading +, spaces and dashes are allowed), 6–20 characters.',

  'receipt.title': 'Report submitted',
  'receipt.thanks': 'Thank you. We have received your report.',
  'receipt.code': 'Tracking code',
  'receipt.code.hint': 'Write this code down to track your report.',
  'receipt.pin': 'PIN',
  'receipt.pin.warning':
    'This PIN is shown only once. Keep it with the tracking code; you need it to see the details of your report.',
  'receipt.accessLink': 'Your report link',
  'receipt.accessLink.hint':
    'Keep this link (for example, send it to your own WhatsApp). It always opens your report, even while the PIN is held back after too many tries from your network. Do not share it.',
  'receipt.track': 'Track this report',
  'receipt.another': 'Submit another report',

  'track.title': 'Track a report',
  'track.intro': 'Enter the tracking code you received when you submitted your report.',
  'track.code': 'Tracking code',
  'track.code.hint': 'For example: K7PX4M9Q',
  'track.code.required': 'Enter a tracking code.',
  'track.submit': 'Track',
  'track.loading': 'Looking for the report…',
  'track.notFound.title': 'Report not found',
  'track.notPublic': 'Report {code}',
  'track.opening': 'Opening your report…',
  'track.linkFailed': 'This link could not open the report. Enter the PIN from your receipt.',
  'track.notFound.body': 'There is no public report with the code {code}. Please check the code. A confidential report opens only for its reporter: through their account or with the PIN below.',
  'track.failed': 'The report could not be loaded. Please try again later.',
  'track.publicPage': 'See the public page of this report',

  'mine.title': 'My reports',
  'mine.loginRequired': 'Log in to see the reports you have sent.',
  'mine.loading': 'Loading your reports…',
  'mine.empty': 'You have not sent any reports yet.',
  'mine.failed': 'Your reports could not be loaded.',
  'mine.forbidden': 'Your account cannot see this page.',
  'mine.loadMore': 'Load more',
  'mine.loadingMore': 'Loading…',

  'common.retry': 'Try again',
  'common.loading': 'Loading…',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address you opened does not exist.',
  'notFound.home': 'Back to the home page',

  'error.title': 'Something went wrong',
  'error.body': 'Reload the page or try again later.',
  'error.reload': 'Reload',
  'auth.required': 'This page is for logged-in users only.',
  'forbidden.title': 'Access denied',
  'forbidden.body': 'Your account is not allowed to open this page.',
};
