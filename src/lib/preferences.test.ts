import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetOthersRememberedLaunches,
  forgetRememberedLaunches,
  readPreference,
  readUserPreference,
  writePreference,
  writeUserPreference,
} from './preferences';

describe('preferences', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps each user’s preferences apart; the language is the browser’s', () => {
    writeUserPreference('jdoe', 'images.pageSize', '50');
    writePreference('language', 'fr');
    expect(readUserPreference('jdoe', 'images.pageSize')).toBe('50');
    expect(readUserPreference('mchen', 'images.pageSize')).toBeUndefined();
    expect(readPreference('language')).toBe('fr');
  });

  it('cannot be led into another user’s keys by a user name', () => {
    writeUserPreference('jdoe', 'images.pageSize', '50');
    expect(readUserPreference('jdoe.images.pageSize', 'images.pageSize')).toBeUndefined();
    expect(Object.keys(localStorage)).toEqual(['science-portal.user.jdoe.images.pageSize']);
  });

  it('drops a preference kept before they were per user: nobody can tell whose it was', () => {
    localStorage.setItem('science-portal.announcement.dismissed', '2026-11-info');
    expect(readUserPreference('mchen', 'announcement.dismissed')).toBeUndefined();
    expect(localStorage.getItem('science-portal.announcement.dismissed')).toBeNull();
  });

  it('forgets a user’s remembered launches, and nothing of theirs that is not about their work, nor anyone else’s', () => {
    writeUserPreference('jdoe', 'launch.headless', 'type=headless&cmd=python');
    writeUserPreference('jdoe', 'launch.notebook', 'type=notebook');
    writeUserPreference('jdoe', 'images.pageSize', '50');
    writeUserPreference('mchen', 'launch.headless', 'type=headless');
    // a user whose name starts like jdoe's keys
    writeUserPreference('jdoe.launch', 'images.pageSize', '25');
    forgetRememberedLaunches('jdoe');
    expect(Object.keys(localStorage).sort()).toEqual([
      'science-portal.user.jdoe.images.pageSize',
      'science-portal.user.jdoe.launch.images.pageSize',
      'science-portal.user.mchen.launch.headless',
    ]);
  });

  it('forgets, as someone signs in, the launches remembered for everyone else, and nothing else', () => {
    writeUserPreference('jdoe', 'launch.headless', 'type=headless&cmd=python');
    writeUserPreference('jdoe', 'images.pageSize', '50');
    writeUserPreference('j.doe', 'launch.notebook', 'type=notebook');
    writeUserPreference('mchen', 'launch.headless', 'type=headless');
    // a user whose name ends like a launch key: not a launch of theirs
    writeUserPreference('mchen.launch', 'images.pageSize', '25');
    forgetOthersRememberedLaunches('mchen');
    expect(Object.keys(localStorage).sort()).toEqual([
      'science-portal.user.jdoe.images.pageSize',
      'science-portal.user.mchen.launch.headless',
      'science-portal.user.mchen.launch.images.pageSize',
    ]);
  });
});
